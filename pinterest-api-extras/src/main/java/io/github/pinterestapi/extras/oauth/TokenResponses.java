package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.model.OauthAccessTokenResponse;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseClientCredentials;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseCode;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseIntegrationRefresh;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseRefresh;
import java.time.Instant;

/**
 * Turns whichever kind of token response Pinterest sent into a {@link Token}. The generated
 * alternatives share no getters (the response is a oneOf), hence the one switch on type here.
 */
final class TokenResponses {
  private TokenResponses() {}

  /**
   * @param receivedAt when the response arrived; {@code expires_in} counts from then
   * @param previous the token being refreshed, whose refresh token and scopes carry over when the
   *     response leaves them out; null for a first grant
   */
  static Token toToken(OauthAccessTokenResponse response, Instant receivedAt, Token previous) {
    String access;
    String refresh = null;
    Integer expiresIn;
    Integer refreshExpiresIn = null;
    Integer refreshExpiresAt = null;
    String scope;
    if (response instanceof OauthAccessTokenResponseRefresh) {
      OauthAccessTokenResponseRefresh r = (OauthAccessTokenResponseRefresh) response;
      access = r.getAccessToken();
      refresh = r.getRefreshToken();
      expiresIn = r.getExpiresIn();
      refreshExpiresIn = r.getRefreshTokenExpiresIn();
      refreshExpiresAt = r.getRefreshTokenExpiresAt();
      scope = r.getScope();
    } else if (response instanceof OauthAccessTokenResponseCode) {
      OauthAccessTokenResponseCode r = (OauthAccessTokenResponseCode) response;
      access = r.getAccessToken();
      refresh = r.getRefreshToken();
      expiresIn = r.getExpiresIn();
      refreshExpiresIn = r.getRefreshTokenExpiresIn();
      refreshExpiresAt = r.getRefreshTokenExpiresAt();
      scope = r.getScope();
    } else if (response instanceof OauthAccessTokenResponseIntegrationRefresh) {
      OauthAccessTokenResponseIntegrationRefresh r =
          (OauthAccessTokenResponseIntegrationRefresh) response;
      access = r.getAccessToken();
      refresh = r.getRefreshToken();
      expiresIn = r.getExpiresIn();
      refreshExpiresIn = r.getRefreshTokenExpiresIn();
      scope = r.getScope();
    } else if (response instanceof OauthAccessTokenResponseClientCredentials) {
      OauthAccessTokenResponseClientCredentials r =
          (OauthAccessTokenResponseClientCredentials) response;
      access = r.getAccessToken();
      expiresIn = r.getExpiresIn();
      scope = r.getScope();
    } else {
      throw new OAuthException("Pinterest's token response has an unexpected shape: "
          + (response == null ? "empty" : response.getClass().getSimpleName()));
    }
    if (access == null || access.isEmpty()) {
      throw new OAuthException("Pinterest's token response has no access_token");
    }

    Token.Builder token = Token.builder(access)
        .accessExpiresAt(expiresIn == null ? null : receivedAt.plusSeconds(expiresIn));
    if (refresh != null && !refresh.isEmpty()) {
      Instant refreshExpiry = refreshExpiresAt != null
          ? Instant.ofEpochSecond(refreshExpiresAt)
          : refreshExpiresIn != null ? receivedAt.plusSeconds(refreshExpiresIn) : null;
      token.refreshToken(refresh).refreshExpiresAt(refreshExpiry);
    } else if (previous != null) {
      // Pinterest may answer a refresh with only a new access token; the old grant still holds.
      token.refreshToken(previous.refreshToken()).refreshExpiresAt(previous.refreshExpiresAt());
    }
    if (scope != null && !scope.trim().isEmpty()) {
      token.scopes(Scope.parseList(scope));
    } else if (previous != null) {
      token.scopes(previous.scopes());
    }
    return token.build();
  }
}
