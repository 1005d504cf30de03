package io.github.pinterestapi;

import io.github.pinterestapi.extras.oauth.AccessTokenProvider;
import io.github.pinterestapi.extras.oauth.InMemoryTokenStore;
import io.github.pinterestapi.extras.oauth.OAuthClient;
import io.github.pinterestapi.extras.oauth.RefreshingTokenProvider;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.extras.oauth.TokenStore;

/**
 * Turns a builder's token settings into the one {@link AccessTokenProvider} a client uses: the
 * caller's own provider; a refreshing one over a token store, or over the refresh token from
 * {@link AppCredentials} kept in memory; a fixed token; or none.
 *
 * <pre>{@code
 * AccessTokenProvider tokens = ClientTokens.provider(settings, oauth); // null: unauthenticated
 * }</pre>
 */
final class ClientTokens {
  private ClientTokens() {}

  /**
   * @param oauth the client's token endpoint, or null when the app's id and secret are unknown
   */
  static AccessTokenProvider provider(PinterestBuilder settings, OAuthClient oauth) {
    if (settings.tokenProvider != null) {
      return settings.tokenProvider;
    }
    String refreshToken = settings.appCredentials == null ? null
        : settings.appCredentials.refreshToken();
    if (settings.tokenStore != null) {
      return refreshing(settings, oauth, settings.tokenStore, refreshToken);
    }
    if (refreshToken != null && oauth != null) {
      TokenStore memory = settings.accessToken == null ? new InMemoryTokenStore()
          : new InMemoryTokenStore(
              Token.builder(settings.accessToken).refreshToken(refreshToken).build());
      return refreshing(settings, oauth, memory, refreshToken);
    }
    if (settings.accessToken != null) {
      return AccessTokenProvider.fixed(settings.accessToken);
    }
    if (refreshToken != null) {
      throw new IllegalStateException("A refresh token alone is not enough: refreshing it needs"
          + " the app id and secret (PINTEREST_APP_ID, PINTEREST_APP_SECRET)");
    }
    return null;
  }

  private static AccessTokenProvider refreshing(PinterestBuilder settings, OAuthClient oauth,
      TokenStore store, String initialRefreshToken) {
    return RefreshingTokenProvider.builder(oauth, store)
        .clock(settings.clock)
        .skew(settings.tokenRefreshSkew)
        .maxWait(settings.tokenRefreshTimeout)
        .initialRefreshToken(initialRefreshToken)
        .refreshCoordinator(settings.refreshCoordinator)
        .build();
  }
}
