package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.v5.model.OauthAccessTokenResponseClientCredentials;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseCode;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseIntegrationRefresh;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseRefresh;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.oauth.OAuthException;

/** Each of the four token response shapes, read without a server in between. */
class TokenResponsesTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  private static Token previous() {
    return Token.builder("pina_OLD").refreshToken("pinr_OLD")
        .refreshExpiresAt(Instant.parse("2025-03-01T00:00:00Z"))
        .scopes(Collections.singletonList(Scope.BOARDS_READ)).build();
  }

  @Test
  void aCodeGrantCarriesBothTokensAndTheirLifetimes() {
    Token token = TokenResponses.toToken(new OauthAccessTokenResponseCode()
        .accessToken("pina_A").refreshToken("pinr_R").expiresIn(3600)
        .refreshTokenExpiresIn(7200).scope("boards:read,pins:read"), NOW, null);

    assertEquals("pina_A", token.accessToken());
    assertEquals(NOW.plusSeconds(3600), token.accessExpiresAt());
    assertEquals("pinr_R", token.refreshToken());
    assertEquals(NOW.plusSeconds(7200), token.refreshExpiresAt());
    assertEquals(Arrays.asList(Scope.BOARDS_READ, Scope.PINS_READ), token.scopes());
  }

  @Test
  void anAbsoluteRefreshExpiryWinsOverARelativeOne() {
    Token token = TokenResponses.toToken(new OauthAccessTokenResponseRefresh()
        .accessToken("pina_A").refreshToken("pinr_R").expiresIn(3600)
        .refreshTokenExpiresAt(1767225600).refreshTokenExpiresIn(7200), NOW, previous());

    assertEquals(Instant.ofEpochSecond(1767225600), token.refreshExpiresAt());
    assertEquals(previous().scopes(), token.scopes());
  }

  @Test
  void anIntegrationRefreshReadsItsRelativeRefreshExpiry() {
    Token token = TokenResponses.toToken(new OauthAccessTokenResponseIntegrationRefresh()
        .accessToken("pina_A").refreshToken("pinr_R").expiresIn(3600)
        .refreshTokenExpiresIn(7200).scope("pins:read"), NOW, previous());

    assertEquals("pinr_R", token.refreshToken());
    assertEquals(NOW.plusSeconds(7200), token.refreshExpiresAt());
    assertEquals(Collections.singletonList(Scope.PINS_READ), token.scopes());
  }

  @Test
  void clientCredentialsHaveNoRefreshToken() {
    Token token = TokenResponses.toToken(new OauthAccessTokenResponseClientCredentials()
        .accessToken("pina_APP").expiresIn(3600).scope("ads:read"), NOW, null);

    assertEquals("pina_APP", token.accessToken());
    assertEquals(NOW.plusSeconds(3600), token.accessExpiresAt());
    assertNull(token.refreshToken());
    assertNull(token.refreshExpiresAt());
  }

  @Test
  void aRefreshWithoutRefreshTokenKeepsThePreviousGrant() {
    Token token = TokenResponses.toToken(
        new OauthAccessTokenResponseRefresh().accessToken("pina_NEW"), NOW, previous());

    assertEquals("pina_NEW", token.accessToken());
    assertNull(token.accessExpiresAt());
    assertEquals("pinr_OLD", token.refreshToken());
    assertEquals(previous().refreshExpiresAt(), token.refreshExpiresAt());
  }

  @Test
  void aMissingAccessTokenOrBodyIsAnOAuthException() {
    assertThrows(OAuthException.class, () -> TokenResponses.toToken(
        new OauthAccessTokenResponseCode().refreshToken("pinr_R"), NOW, null));
    assertThrows(OAuthException.class, () -> TokenResponses.toToken(null, NOW, null));
  }
}
