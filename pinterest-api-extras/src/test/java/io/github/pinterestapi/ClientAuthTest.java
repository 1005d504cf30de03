package io.github.pinterestapi;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.REFRESH_TOKEN;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.pinterestError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.errors.PinterestAuthenticationException;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.extras.oauth.AccessTokenProvider;
import io.github.pinterestapi.extras.oauth.InMemoryTokenStore;
import io.github.pinterestapi.extras.oauth.RefreshingTokenProvider;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the client's token settings become the bearer token on the wire, and where it goes. */
class ClientAuthTest {
  private final MockWebServer api = new MockWebServer();
  private final MockWebServer s3 = new MockWebServer();
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws IOException {
    api.start();
    s3.start();
  }

  @AfterEach
  void stop() throws IOException {
    api.shutdown();
    s3.shutdown();
  }

  private static Object getPin(Pinterest pinterest) {
    return pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
  }

  private static MockResponse refreshed(String access) {
    return json(200, "{\"access_token\":\"" + access + "\",\"response_type\":\"refresh_token\","
        + "\"token_type\":\"bearer\",\"expires_in\":2592000,\"scope\":\"pins:read\"}");
  }

  @Test
  void fixedTokenGoesToTheApiHost() throws Exception {
    api.enqueue(json(200, PIN_JSON));
    getPin(TestClients.against(api, time).build());
    assertEquals("Bearer " + TOKEN, api.takeRequest().getHeader("Authorization"));
  }

  @Test
  void noTokenForOtherHostsThroughTheSharedClient() throws Exception {
    Pinterest pinterest = TestClients.against(api, time).build();
    // Same host name, other port: an upload URL is not the API just because it is local.
    s3.enqueue(new MockResponse().setResponseCode(204));
    send(pinterest, new Request.Builder().url(s3.url("/upload")).build());
    assertNull(s3.takeRequest().getHeader("Authorization"));

    // Other host name: 127.0.0.1 rather than the API's "localhost".
    s3.enqueue(new MockResponse().setResponseCode(204));
    send(pinterest, new Request.Builder()
        .url(s3.url("/report.csv").newBuilder().host("127.0.0.1").build()).build());
    RecordedRequest download = s3.takeRequest();
    assertEquals("/report.csv", download.getPath());
    assertNull(download.getHeader("Authorization"));
  }

  @Test
  void existingAuthorizationIsKept() throws Exception {
    api.enqueue(new MockResponse().setResponseCode(204));
    Pinterest pinterest = TestClients.against(api, time).build();
    send(pinterest, new Request.Builder().url(api.url("/v5/oauth/token"))
        .header("Authorization", "Basic YXBwOnNlY3JldA==").build());
    assertEquals("Basic YXBwOnNlY3JldA==", api.takeRequest().getHeader("Authorization"));
  }

  @Test
  void providerIsAskedForEveryRequest() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    api.enqueue(json(200, PIN_JSON));
    api.enqueue(json(200, PIN_JSON));
    Pinterest pinterest = TestClients.against(api, time)
        .accessTokenProvider(() -> "pina_token_number_" + asked.incrementAndGet()).build();
    getPin(pinterest);
    getPin(pinterest);
    assertEquals("Bearer pina_token_number_1", api.takeRequest().getHeader("Authorization"));
    assertEquals("Bearer pina_token_number_2", api.takeRequest().getHeader("Authorization"));
  }

  @Test
  void unauthorizedPostResentOnceWithTheProvidersNewToken() throws Exception {
    api.enqueue(pinterestError(401, 2, "Authentication failed"));
    api.enqueue(json(201, PIN_JSON));
    AccessTokenProvider rotating = new AccessTokenProvider() {
      @Override
      public String accessToken() {
        return "pina_old_token_123456";
      }

      @Override
      public String onUnauthorized(String failed) {
        return failed.equals("pina_old_token_123456") ? "pina_new_token_654321" : null;
      }
    };
    Pinterest pinterest = TestClients.against(api, time).accessTokenProvider(rotating).build();
    assertEquals("123",
        pinterest.pins().create(PinsCreateParams.builder()
            .body(TestClients.newPin())
            .build()).getId());
    assertEquals("Bearer pina_old_token_123456", api.takeRequest().getHeader("Authorization"));
    RecordedRequest resent = api.takeRequest();
    assertEquals("Bearer pina_new_token_654321", resent.getHeader("Authorization"));
    assertEquals("{\"board_id\":\"board-1\",\"title\":\"Lighthouse\"}", resent.getBody().readUtf8());
    assertEquals(2, api.getRequestCount());
  }

  @Test
  void unauthorizedWithAFixedTokenReachesTheCaller() {
    api.enqueue(pinterestError(401, 2, "Authentication failed"));
    Pinterest pinterest = TestClients.against(api, time).build();
    assertThrows(PinterestAuthenticationException.class, () -> getPin(pinterest));
    assertEquals(1, api.getRequestCount());
  }

  @Test
  void providerFailureFailsTheCallUnsentWithItsOwnException() {
    SignInRequiredException refused = new SignInRequiredException("No Pinterest token is stored");
    Pinterest pinterest = TestClients.against(api, time).accessTokenProvider(() -> {
      throw refused;
    }).build();
    PinterestException e = assertThrows(PinterestException.class, () -> getPin(pinterest));
    assertSame(refused, e);
    assertEquals(0, api.getRequestCount());
  }

  @Test
  void providerFailureFailsAnAsyncCallWithItsOwnException() throws Exception {
    SignInRequiredException refused = new SignInRequiredException("No Pinterest token is stored");
    Pinterest pinterest = TestClients.against(api, time).accessTokenProvider(() -> {
      throw refused;
    }).build();
    ExecutionException e = assertThrows(ExecutionException.class, () -> pinterest.pins().async().get(PinsGetParams.builder()
            .pinId("1")
            .build()).get(5, TimeUnit.SECONDS));
    assertSame(refused, e.getCause());
    // The dispatcher survived: the next call completes the same way instead of hanging.
    ExecutionException again = assertThrows(ExecutionException.class, () -> pinterest.pins().async().get(PinsGetParams.builder()
            .pinId("2")
            .build()).get(5, TimeUnit.SECONDS));
    assertSame(refused, again.getCause());
    assertEquals(0, api.getRequestCount());
  }

  @Test
  void anInvalidGrantFromAnApiCallIsSignInRequired() {
    api.enqueue(pinterestError(400, 283, "Invalid refresh token"));
    Pinterest pinterest = TestClients.against(api, time).build();
    SignInRequiredException e = assertThrows(SignInRequiredException.class,
        () -> getPin(pinterest));
    assertEquals("pins/get", e.operationId());
    assertEquals(283, e.pinterestCode());
    assertTrue(((PinterestAuthenticationException) e.getCause()).isInvalidGrant());
  }

  @Test
  void tokenStoreWithAppCredentialsRefreshesBeforeExpiryWithBasicCredentialsOnly()
      throws Exception {
    InMemoryTokenStore store = new InMemoryTokenStore(Token.builder("pina_OLD_token_000")
        .refreshToken(REFRESH_TOKEN).accessExpiresAt(time.instant().plusSeconds(60)).build());
    Pinterest pinterest = TestClients.against(api, time).tokenStore(store)
        .appCredentials("1234567", "app-secret-value").build();
    api.enqueue(refreshed("pina_NEW_token_111"));
    api.enqueue(json(200, PIN_JSON));

    getPin(pinterest);

    RecordedRequest refresh = api.takeRequest();
    assertEquals("/v5/oauth/token", refresh.getPath());
    assertTrue(refresh.getHeader("Authorization").startsWith("Basic "));
    String form = refresh.getBody().readUtf8();
    assertTrue(form.contains("grant_type=refresh_token"), form);
    assertTrue(form.contains("continuous_refresh=true"), form);
    assertFalse(form.contains("app-secret-value"), form);
    assertEquals("Bearer pina_NEW_token_111", api.takeRequest().getHeader("Authorization"));
    assertEquals("pina_NEW_token_111", store.load().accessToken());
    assertInstanceOf(RefreshingTokenProvider.class, pinterest.accessTokenProvider().get());
  }

  @Test
  void oauthClientSharesConnectionsButNeverSendsTheBearerToken() throws Exception {
    Pinterest pinterest = TestClients.against(api, time)
        .appCredentials("1234567", "app-secret-value").build();
    api.enqueue(json(200, "{\"access_token\":\"pina_CODE_token_222\",\"refresh_token\":\"pinr_x_"
        + "refresh_333\",\"response_type\":\"authorization_code\",\"token_type\":\"bearer\","
        + "\"expires_in\":2592000,\"scope\":\"pins:read\"}"));

    Token token = pinterest.oauthClient().exchangeCode("the-code", "https://example.com/cb");

    assertEquals("pina_CODE_token_222", token.accessToken());
    RecordedRequest exchange = api.takeRequest();
    assertTrue(exchange.getHeader("Authorization").startsWith("Basic "));
    assertFalse(exchange.getHeader("Authorization").contains(TOKEN));
    assertTrue(exchange.getHeader("User-Agent").startsWith("pinterest-api-java/"));
  }

  @Test
  void oauthClientNeedsAppCredentials() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TestClients.against(api, time).build().oauthClient());
    assertTrue(e.getMessage().contains("appCredentials"), e.getMessage());
  }

  @Test
  void tokenStoreWithoutAppCredentialsIsRefusedAtBuild() {
    assertThrows(IllegalStateException.class,
        () -> Pinterest.builder().tokenStore(new InMemoryTokenStore()).build());
  }

  @Test
  void theLastTokenSettingWins() {
    Pinterest fixed = Pinterest.builder().tokenStore(new InMemoryTokenStore())
        .accessToken(TOKEN).build();
    assertEquals("AccessTokenProvider.fixed(<redacted>)",
        fixed.accessTokenProvider().get().toString());
  }

  @Test
  void fromEnvWithARefreshTokenRefreshesFirstThenSendsTheNewToken() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("PINTEREST_REFRESH_TOKEN", REFRESH_TOKEN);
    env.put("PINTEREST_APP_ID", "1234567");
    env.put("PINTEREST_APP_SECRET", "app-secret-value");
    env.put("PINTEREST_API_URI", api.url("/").toString());
    Pinterest pinterest = Pinterest.fromEnv(env);
    assertInstanceOf(RefreshingTokenProvider.class, pinterest.accessTokenProvider().get());
    assertEquals(0, api.getRequestCount());
    api.enqueue(refreshed("pina_ENV_token_444"));
    api.enqueue(json(200, PIN_JSON));

    getPin(pinterest);

    assertTrue(api.takeRequest().getBody().readUtf8().contains("refresh_token=" + REFRESH_TOKEN));
    assertEquals("Bearer pina_ENV_token_444", api.takeRequest().getHeader("Authorization"));
  }

  @Test
  void fromEnvWithAnAccessAndRefreshTokenUsesTheAccessTokenUntilA401() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("PINTEREST_ACCESS_TOKEN", TOKEN);
    env.put("PINTEREST_REFRESH_TOKEN", REFRESH_TOKEN);
    env.put("PINTEREST_APP_ID", "1234567");
    env.put("PINTEREST_APP_SECRET", "app-secret-value");
    env.put("PINTEREST_API_URI", api.url("/").toString());
    Pinterest pinterest = Pinterest.fromEnv(env);
    api.enqueue(pinterestError(401, 2, "Authentication failed"));
    api.enqueue(refreshed("pina_ENV_token_555"));
    api.enqueue(json(200, PIN_JSON));

    getPin(pinterest);

    assertEquals("Bearer " + TOKEN, api.takeRequest().getHeader("Authorization"));
    assertEquals("/v5/oauth/token", api.takeRequest().getPath());
    assertEquals("Bearer pina_ENV_token_555", api.takeRequest().getHeader("Authorization"));
  }

  @Test
  void fromEnvWithOnlyAnAccessTokenIsFixed() {
    Map<String, String> env = new HashMap<>();
    env.put("PINTEREST_ACCESS_TOKEN", TOKEN);
    assertEquals("AccessTokenProvider.fixed(<redacted>)",
        Pinterest.fromEnv(env).accessTokenProvider().get().toString());
  }

  @Test
  void fromEnvWithARefreshTokenButNoAppSecretSaysWhatIsMissing() {
    Map<String, String> env = new HashMap<>();
    env.put("PINTEREST_REFRESH_TOKEN", REFRESH_TOKEN);
    env.put("PINTEREST_APP_ID", "1234567");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Pinterest.fromEnv(env));
    assertTrue(e.getMessage().contains("PINTEREST_APP_SECRET"), e.getMessage());
  }

  @Test
  void derivedClientsShareTheOneProvider() {
    Pinterest first = TestClients.against(api, time).tokenStore(new InMemoryTokenStore())
        .appCredentials("1234567", "app-secret-value").build();
    Pinterest second = first.newBuilder().readTimeout(Duration.ofSeconds(5)).build();
    assertSame(first.accessTokenProvider().get(), second.accessTokenProvider().get());
  }

  private static void send(Pinterest pinterest, Request request) throws IOException {
    try (Response response = pinterest.httpClient().newCall(request).execute()) {
      assertEquals(204, response.code());
    }
  }
}
