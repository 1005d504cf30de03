package io.github.pinterestapi.extras.http;

/**
 * Supplies the OAuth access token for each call. The client asks before every request, so an
 * implementation may refresh the token whenever it likes; {@code extras.oauth} provides one that
 * refreshes before expiry.
 *
 * <pre>{@code
 * Pinterest.builder().accessTokenProvider(AccessTokenProvider.of(System.getenv("PINTEREST_ACCESS_TOKEN")))
 * Pinterest.builder().accessTokenProvider(() -> vault.read("pinterest/token"))
 * }</pre>
 *
 * <p>Implementations must be thread-safe. They may throw a {@link PinterestException} (for
 * example a {@link PinterestAuthenticationException} when a refresh is refused); the call then
 * fails with it and nothing is sent.
 */
@FunctionalInterface
public interface AccessTokenProvider {
  /** The token to send as {@code Authorization: Bearer …}; null or empty sends none. */
  String accessToken();

  /**
   * Called once when Pinterest answered 401 to a request that carried {@code rejectedToken}.
   * Return a different token to resend the request with it once, or null to give up and let the
   * caller see the 401. The default gives up.
   */
  default String tokenAfterUnauthorized(String rejectedToken) {
    return null;
  }

  /** A provider of one fixed token. Its {@code toString()} does not show the token. */
  static AccessTokenProvider of(String token) {
    return new FixedAccessToken(token);
  }
}
