package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;

/**
 * Supplies the bearer token for each request, and says what to do when Pinterest answers 401.
 *
 * <p>The client asks before every request, so an implementation may refresh whenever it likes.
 * {@link RefreshingTokenProvider} refreshes before expiry and after a 401, one refresh at a time;
 * {@link #fixed(String)} serves one token as is, for scripts run with a token from the developer
 * portal. Implementations must be thread-safe.
 *
 * <pre>{@code
 * AccessTokenProvider tokens = AccessTokenProvider.fixed(System.getenv("PINTEREST_ACCESS_TOKEN"));
 * AccessTokenProvider fromVault = () -> vault.read("pinterest/token");
 * }</pre>
 */
@FunctionalInterface
public interface AccessTokenProvider {
  /**
   * The token to send now; null or empty sends none.
   *
   * @throws OAuthException when no token can be had, typically a {@link SignInRequiredException}.
   *     The call then fails with it and nothing is sent.
   */
  String accessToken();

  /**
   * Called once after Pinterest answered 401 to a request sent with {@code failedToken}.
   *
   * <p>An implementation that can do better refreshes only if {@code failedToken} is still its
   * current token (otherwise someone already replaced it, and the replacement is the answer).
   *
   * @return the token to resend the request with, once; or null to let the 401 reach the caller.
   *     Returning {@code failedToken} itself also gives up, so a retry can never loop. The default
   *     gives up.
   * @throws OAuthException when the refresh itself failed, such as a {@link SignInRequiredException}
   *     for an invalid grant; the caller gets it instead of the 401
   */
  default String onUnauthorized(String failedToken) {
    return null;
  }

  /** A provider of one token that never changes. Its {@code toString()} does not show the token. */
  static AccessTokenProvider fixed(final String accessToken) {
    if (accessToken == null || accessToken.trim().isEmpty()) {
      throw new IllegalArgumentException("accessToken is required");
    }
    final String token = accessToken.trim();
    return new AccessTokenProvider() {
      @Override
      public String accessToken() {
        return token;
      }

      @Override
      public String toString() {
        return "AccessTokenProvider.fixed(<redacted>)";
      }
    };
  }
}
