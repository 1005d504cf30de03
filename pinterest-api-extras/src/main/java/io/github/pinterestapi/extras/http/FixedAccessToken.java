package io.github.pinterestapi.extras.http;

/**
 * An {@link AccessTokenProvider} of one token that never changes, from
 * {@link AccessTokenProvider#of(String)}.
 *
 * <pre>{@code
 * AccessTokenProvider tokens = AccessTokenProvider.of("pina_…");
 * }</pre>
 */
final class FixedAccessToken implements AccessTokenProvider {
  private final String token;

  FixedAccessToken(String token) {
    if (token == null || token.trim().isEmpty()) {
      throw new IllegalArgumentException("access token is empty");
    }
    this.token = token.trim();
  }

  @Override
  public String accessToken() {
    return token;
  }

  @Override
  public String toString() {
    return "AccessTokenProvider.of(" + Redactor.MASK + ")";
  }
}
