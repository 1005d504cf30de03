package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.internal.http.AccessTokenInterceptor;
import io.github.pinterestapi.v5.api.Scope;
import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.codeGrant;
import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.invalidGrant;
import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.json;
import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.refreshed;
import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.refreshedWithNewRefreshToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.testing.FakeTime;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;

class OAuthClientTest {
  private static final String BASIC = "Basic YXBwLWlkOmFwcC1zZWNyZXQ="; // app-id:app-secret
  private static final String FORM = "application/x-www-form-urlencoded";

  private final MockWebServer server = new MockWebServer();
  private final FakeTime clock = new FakeTime();
  private OAuthClient oauth;

  @BeforeEach
  void start() throws IOException {
    server.start();
    oauth = OAuthClient.builder().appId("app-id").appSecret("app-secret")
        .baseUrl(server.url("/v5/")).clock(clock).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static Token oldToken() {
    return Token.builder("pina_OLD").refreshToken("pinr_OLD")
        .accessExpiresAt(Instant.parse("2025-01-01T00:00:00Z"))
        .refreshExpiresAt(Instant.parse("2025-03-01T00:00:00Z"))
        .scopes(Arrays.asList(Scope.BOARDS_READ)).build();
  }

  @Test
  void exchangesACodeAsAFormWithBasicCredentials() throws Exception {
    server.enqueue(codeGrant("pina_NEW", "pinr_NEW"));

    Token token = oauth.exchangeCode("the-code", "myapp://oauth");

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/v5/oauth/token", request.getPath());
    assertEquals(BASIC, request.getHeader("Authorization"));
    assertTrue(request.getHeader("Content-Type").startsWith(FORM));
    assertEquals("grant_type=authorization_code&code=the-code&redirect_uri=myapp%3A%2F%2Foauth",
        request.getBody().readUtf8());

    assertEquals("pina_NEW", token.accessToken());
    assertEquals("pinr_NEW", token.refreshToken());
    assertEquals(clock.instant().plus(Duration.ofDays(30)), token.accessExpiresAt());
    assertEquals(clock.instant().plus(Duration.ofDays(60)), token.refreshExpiresAt());
    assertEquals(Arrays.asList(Scope.BOARDS_READ, Scope.PINS_READ), token.scopes());
  }

  @Test
  void anOversizedTokenAnswerIsRefusedUnread() {
    StringBuilder padding = new StringBuilder();
    for (long i = 0; i < 4 * OAuthClient.MAX_ANSWER_BYTES; i++) {
      padding.append(' ');
    }
    server.enqueue(json(200, "{\"access_token\":\"pina_NEW\"" + padding + "}"));

    OAuthException e = assertThrows(OAuthException.class, () -> oauth.refresh(oldToken()));
    assertTrue(String.valueOf(e.getCause()).contains("limit of " + OAuthClient.MAX_ANSWER_BYTES),
        String.valueOf(e.getCause()));
    assertFalse(String.valueOf(e.getCause()).contains("pina_NEW"), "the token is redacted");
  }

  @Test
  void refreshAsksForContinuousRefresh() throws Exception {
    server.enqueue(refreshed("pina_NEW"));

    oauth.refresh(oldToken());

    RecordedRequest request = server.takeRequest();
    assertEquals(BASIC, request.getHeader("Authorization"));
    assertEquals("grant_type=refresh_token&refresh_token=pinr_OLD&continuous_refresh=true",
        request.getBody().readUtf8());
  }

  @Test
  void refreshKeepsTheOldRefreshTokenWhenPinterestSendsNone() {
    server.enqueue(refreshed("pina_NEW"));

    Token token = oauth.refresh(oldToken());

    assertEquals("pina_NEW", token.accessToken());
    assertEquals("pinr_OLD", token.refreshToken());
    assertEquals(oldToken().refreshExpiresAt(), token.refreshExpiresAt());
  }

  @Test
  void refreshTakesARotatedRefreshToken() {
    server.enqueue(refreshedWithNewRefreshToken("pina_NEW", "pinr_NEW"));

    Token token = oauth.refresh(oldToken());

    assertEquals("pinr_NEW", token.refreshToken());
    assertEquals(Instant.ofEpochSecond(1767225600), token.refreshExpiresAt());
  }

  @Test
  void anInvalidGrantSaysSignInAgain() {
    server.enqueue(invalidGrant());

    SignInRequiredException e = assertThrows(SignInRequiredException.class,
        () -> oauth.refresh(oldToken()));

    assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
    assertEquals(400, e.httpStatus());
    assertEquals(283, e.pinterestCode());
    assertFalse(e.getMessage().contains("pinr_OLD"));
  }

  @Test
  void anOAuthStyleInvalidGrantSaysSignInAgainToo() {
    server.enqueue(json(400, "{\"error\":\"invalid_grant\","
        + "\"error_description\":\"code the-code was already used\"}"));

    SignInRequiredException e = assertThrows(SignInRequiredException.class,
        () -> oauth.exchangeCode("the-code", "myapp://oauth"));

    assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
    assertEquals("invalid_grant", e.error());
    // Pinterest's description echoed the code; the message must not.
    assertFalse(e.getMessage().contains("the-code"), e.getMessage());
  }

  @Test
  void anExpiredRefreshTokenIsNotSentAtAll() {
    clock.advance(Duration.ofDays(90));

    assertThrows(SignInRequiredException.class, () -> oauth.refresh(oldToken()));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void otherRefusalsKeepStatusAndCode() {
    server.enqueue(json(401, "{\"code\":2,\"message\":\"Authentication failed.\"}"));

    OAuthException e = assertThrows(OAuthException.class,
        () -> oauth.exchangeCode("c", "myapp://oauth"));

    assertFalse(e instanceof SignInRequiredException);
    assertEquals(401, e.httpStatus());
    assertEquals(2, e.pinterestCode());
    assertTrue(e.getMessage().contains("Authentication failed."), e.getMessage());
    assertFalse(e.getMessage().contains("app-secret"));
  }

  @Test
  void clientCredentialsSendsTheScopes() throws Exception {
    server.enqueue(json(200, "{\"access_token\":\"pina_APP\",\"response_type\":"
        + "\"client_credentials\",\"token_type\":\"bearer\",\"expires_in\":3600,"
        + "\"scope\":\"ads:read\"}"));

    Token token = oauth.clientCredentials(Scope.ADS_READ, Scope.CATALOGS_READ);

    RecordedRequest request = server.takeRequest();
    assertEquals(BASIC, request.getHeader("Authorization"));
    assertEquals("grant_type=client_credentials&scope=ads%3Aread%2Ccatalogs%3Aread",
        request.getBody().readUtf8());
    assertEquals("pina_APP", token.accessToken());
    assertNull(token.refreshToken());
    assertEquals(clock.instant().plusSeconds(3600), token.accessExpiresAt());
  }

  @Test
  void revokesWithATypeHint() throws Exception {
    server.enqueue(json(200, ""));
    server.enqueue(json(200, ""));

    oauth.revokeAccessToken("pina_GONE");
    oauth.revokeRefreshToken("pinr_GONE");

    RecordedRequest access = server.takeRequest();
    assertEquals("/v5/oauth/token/revoke", access.getPath());
    assertEquals(BASIC, access.getHeader("Authorization"));
    assertEquals("token=pina_GONE&token_type_hint=access_token", access.getBody().readUtf8());
    assertEquals("token=pinr_GONE&token_type_hint=refresh_token",
        server.takeRequest().getBody().readUtf8());
  }

  @Test
  void aSharedClientsBearerTokenNeverReachesTheTokenEndpoint() throws Exception {
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(new AccessTokenInterceptor(AccessTokenProvider.fixed("pina_USER"),
            server.url("/v5/")))
        .build();
    OAuthClient sharing = OAuthClient.builder().appId("app-id").appSecret("app-secret")
        .baseUrl(server.url("/v5/")).okHttpClient(shared).clock(clock).build();
    server.enqueue(codeGrant("pina_NEW", "pinr_NEW"));

    sharing.exchangeCode("c", "myapp://oauth");

    assertEquals(BASIC, server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void aFailureBeforePinterestAnswersIsAnOAuthException() throws IOException {
    server.shutdown();

    OAuthException e = assertThrows(OAuthException.class, () -> oauth.refresh(oldToken()));

    assertEquals(0, e.httpStatus());
    assertTrue(e.getCause() instanceof IOException);
  }
}
