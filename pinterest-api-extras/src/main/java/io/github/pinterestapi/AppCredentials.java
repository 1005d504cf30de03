package io.github.pinterestapi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The app's id and secret, and a refresh token when one is known: what an OAuth token refresh
 * needs. The client refreshes tokens with them and offers them as {@link Pinterest#oauthClient()}.
 * {@code toString()} shows the app id only.
 *
 * <pre>{@code
 * AppCredentials app = AppCredentials.of("1234567", System.getenv("PINTEREST_APP_SECRET"));
 * }</pre>
 */
public final class AppCredentials {
  private final String appId;
  private final String appSecret;
  private final String refreshToken;

  private AppCredentials(String appId, String appSecret, String refreshToken) {
    this.appId = appId;
    this.appSecret = appSecret;
    this.refreshToken = refreshToken;
  }

  /** App id and secret; either may be null when unknown. */
  public static AppCredentials of(@Nullable String appId, @Nullable String appSecret) {
    return new AppCredentials(appId, appSecret, null);
  }

  /** A copy that also carries {@code refreshToken}. */
  public AppCredentials withRefreshToken(@Nullable String refreshToken) {
    return new AppCredentials(appId, appSecret, refreshToken);
  }

  /** The app id (OAuth client id), or null. */
  public @Nullable String appId() {
    return appId;
  }

  /** The app secret (OAuth client secret), or null. */
  public @Nullable String appSecret() {
    return appSecret;
  }

  /** The refresh token, or null. */
  public @Nullable String refreshToken() {
    return refreshToken;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AppCredentials)) {
      return false;
    }
    AppCredentials that = (AppCredentials) other;
    return Objects.equals(appId, that.appId)
        && Objects.equals(appSecret, that.appSecret)
        && Objects.equals(refreshToken, that.refreshToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(appId, appSecret, refreshToken);
  }

  @Override
  public String toString() {
    return "AppCredentials{appId=" + appId
        + ", appSecret=" + (appSecret == null ? "null" : "██")
        + ", refreshToken=" + (refreshToken == null ? "null" : "██") + "}";
  }
}
