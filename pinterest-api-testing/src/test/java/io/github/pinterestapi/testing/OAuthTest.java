package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.oauth.AuthorizationUrl;
import io.github.pinterestapi.extras.oauth.OAuthClient;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.v5.api.Scope;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** oauth/token through the library's own OAuthClient, and the approval page. */
class OAuthTest {
  private static final String REDIRECT = "http://127.0.0.1:8085/callback";
  private final FakeClock clock = FakeClock.at(Instant.parse("2024-06-01T00:00:00Z"));

  @RegisterExtension
  final FakePinterest fake = FakePinterest.builder().clock(clock)
      .accessTokenLifetime(Duration.ofHours(1)).build();

  private OAuthClient oauth;

  @BeforeEach
  void oauthClient() {
    oauth = OAuthClient.builder().appId(FakePinterest.DEFAULT_APP_ID)
        .appSecret(FakePinterest.DEFAULT_APP_SECRET).baseUrl(fake.baseUrl()).clock(clock).build();
  }

  @Test
  void approvalPageRedirectsWithACodeThatBuysAWorkingToken() {
    AuthorizationUrl authorization = AuthorizationUrl.builder()
        .clientId(FakePinterest.DEFAULT_APP_ID).redirectUri(REDIRECT)
        .scopes(Scope.BOARDS_READ, Scope.PINS_READ).authorizeUrl(fake.authorizeUrl()).build();
    Clients.Raw redirect = Clients.execute(new Request.Builder().url(authorization.url()).build());
    assertEquals(302, redirect.status);
    HttpUrl location = HttpUrl.get(redirect.headers.get("Location"));
    assertEquals(authorization.state(), location.queryParameter("state"));
    String code = authorization.codeFrom(location.toString());

    Token token = oauth.exchangeCode(code, REDIRECT);
    assertTrue(token.accessToken().startsWith("pina_"));
    assertTrue(token.refreshToken().startsWith("pinr_"));
    assertEquals(clock.instant().plus(Duration.ofHours(1)), token.accessExpiresAt());
    assertEquals(2, token.scopes().size());
    try (Pinterest pinterest = Pinterest.builder().baseUrl(fake.baseUrl())
        .accessToken(token.accessToken()).build()) {
      assertEquals("fake_pinterest_user",
          pinterest.userAccount().get().getUsername());
    }

    SignInRequiredException reused = assertThrows(SignInRequiredException.class,
        () -> oauth.exchangeCode(code, REDIRECT));
    assertEquals(Integer.valueOf(283), reused.pinterestCode());
  }

  @Test
  void badCodeIsAnInvalidGrant() {
    SignInRequiredException refused = assertThrows(SignInRequiredException.class,
        () -> oauth.exchangeCode("not-a-code", REDIRECT));
    assertEquals(400, refused.httpStatus());
    assertEquals(Integer.valueOf(283), refused.pinterestCode());
  }

  @Test
  void continuousRefreshRotatesTheRefreshToken() {
    Token first = oauth.exchangeCode(fake.authorize(FakePinterest.DEFAULT_APP_ID, REDIRECT,
        "boards:read"), REDIRECT);
    clock.advance(Duration.ofHours(2));
    assertEquals(401, Clients.call(fake, "GET", "boards", first.accessToken(), null).status,
        "the access token expired by the fake clock");

    Token second = oauth.refresh(first);
    assertNotEquals(first.accessToken(), second.accessToken());
    assertNotEquals(first.refreshToken(), second.refreshToken());
    assertEquals(200, Clients.call(fake, "GET", "boards", second.accessToken(), null).status);
    assertThrows(SignInRequiredException.class, () -> oauth.refresh(first),
        "the rotated-out refresh token no longer works");
  }

  @Test
  void refreshWithoutContinuousRefreshKeepsTheRefreshToken() {
    String refreshToken = fake.authorize(FakePinterest.DEFAULT_APP_ID, REDIRECT, "pins:read");
    Token token = oauth.exchangeCode(refreshToken, REDIRECT);
    Clients.Raw raw = Clients.execute(new Request.Builder().url(fake.baseUrl() + "oauth/token")
        .header("Authorization", okhttp3.Credentials.basic(FakePinterest.DEFAULT_APP_ID,
            FakePinterest.DEFAULT_APP_SECRET))
        .post(new okhttp3.FormBody.Builder().add("grant_type", "refresh_token")
            .add("refresh_token", token.refreshToken()).build())
        .build());
    assertEquals(200, raw.status);
    assertTrue(raw.body.contains("\"response_type\":\"refresh_token\""), raw.body);
    assertTrue(!raw.body.contains("pinr_"), "no new refresh token: " + raw.body);
    assertNotNull(oauth.refresh(token).accessToken(), "the old refresh token still works");
  }

  @Test
  void clientCredentialsGiveAnAppTokenWithoutRefresh() {
    Token token = oauth.clientCredentials(Scope.ADS_READ);
    assertNull(token.refreshToken());
    assertEquals(200, Clients.call(fake, "GET", "ad_accounts", token.accessToken(), null).status);
  }

  @Test
  void wrongAppSecretIsRefused() {
    OAuthClient impostor = OAuthClient.builder().appId(FakePinterest.DEFAULT_APP_ID)
        .appSecret("wrong").baseUrl(fake.baseUrl()).build();
    OAuthException refused = assertThrows(OAuthException.class,
        () -> impostor.clientCredentials(Scope.ADS_READ));
    assertEquals(401, refused.httpStatus());
  }
}
