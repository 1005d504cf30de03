package io.github.pinterestapi.extras.oauth;

/**
 * Supplies the bearer token for each request, and a replacement when Pinterest answers 401.
 *
 * <p>{@link RefreshingTokenProvider} refreshes; {@link #fixed(String)} serves one token as is, for
 * scripts run with a token from the developer portal.
 *
 * <pre>{@code
 * AccessTokenProvider tokens = AccessTokenProvider.fixed(System.getenv("PINTEREST_ACCESS_TOKEN"));
 * }</pre>
 */
public interface AccessTokenProvider {
  /**
   * The token to send now.
   *
   * @throws SignInRequiredException if there is none and none can be had without the user
   */
  String accessToken();

  /**
   * Called after Pinterest answered 401 to a request sent with {@code failedToken}.
   *
   * @return the token to retry with, or null to give up. Implementations return a different
   *     token only when they have one, so a caller that retries once cannot loop.
   */
  String onUnauthorized(String failedToken);

  /** A provider that always answers {@code accessToken} and never refreshes. */
  static AccessTokenProvider fixed(final String accessToken) {
    if (accessToken == null || accessToken.isEmpty()) {
      throw new IllegalArgumentException("accessToken is required");
    }
    return new AccessTokenProvider() {
      @Override
      public String accessToken() {
        return accessToken;
      }

      @Override
      public String onUnauthorized(String failedToken) {
        return null;
      }

      @Override
      public String toString() {
        return "AccessTokenProvider.fixed(<redacted>)";
      }
    };
  }
}
