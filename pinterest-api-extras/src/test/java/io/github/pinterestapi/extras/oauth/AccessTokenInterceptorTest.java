package io.github.pinterestapi.extras.oauth;

import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.json;
import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.refreshed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.testing.FakeTime;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.errors.oauth.TokenUnavailableException;

class AccessTokenInterceptorTest {
  private final MockWebServer api = new MockWebServer();
  private final MockWebServer elsewhere = new MockWebServer();
  private final FakeTime clock = new FakeTime();
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private OkHttpClient client;

  @BeforeEach
  void start() throws IOException {
    api.start();
    elsewhere.start();
    OAuthClient oauth = OAuthClient.builder().appId("app-id").appSecret("app-secret")
        .baseUrl(api.url("/v5/")).clock(clock).build();
    RefreshingTokenProvider tokens = RefreshingTokenProvider.builder(oauth, store).clock(clock)
        .build();
    client = new OkHttpClient.Builder()
        .addInterceptor(new AccessTokenInterceptor(tokens, api.url("/v5/"))).build();
    store.save(Token.builder("pina_OLD").refreshToken("pinr_OLD")
        .accessExpiresAt(clock.instant().plus(Duration.ofDays(1))).build());
  }

  @AfterEach
  void stop() throws IOException {
    api.shutdown();
    elsewhere.shutdown();
  }

  private Response get(MockWebServer server) throws IOException {
    return client.newCall(new Request.Builder().url(server.url("/v5/boards")).build()).execute();
  }

  @Test
  void sendsTheBearerTokenToTheApiHost() throws Exception {
    api.enqueue(json(200, "{}"));

    get(api).close();

    assertEquals("Bearer pina_OLD", api.takeRequest().getHeader("Authorization"));
  }

  @Test
  void neverSendsTheTokenToAnotherHost() throws Exception {
    elsewhere.enqueue(json(200, "{}"));

    get(elsewhere).close();

    assertNull(elsewhere.takeRequest().getHeader("Authorization"));
  }

  @Test
  void a401RefreshesAndRetriesOnce() throws Exception {
    api.enqueue(json(401, "{\"code\":2,\"message\":\"Authentication failed.\"}"));
    api.enqueue(refreshed("pina_NEW"));
    api.enqueue(json(200, "{\"ok\":true}"));

    try (Response response = get(api)) {
      assertEquals(200, response.code());
    }

    assertEquals("Bearer pina_OLD", api.takeRequest().getHeader("Authorization"));
    RecordedRequest refresh = api.takeRequest();
    assertEquals("/v5/oauth/token", refresh.getPath());
    assertTrue(refresh.getHeader("Authorization").startsWith("Basic "));
    assertEquals("Bearer pina_NEW", api.takeRequest().getHeader("Authorization"));
    assertEquals("pina_NEW", store.load().accessToken());
  }

  @Test
  void aSecond401IsReturnedRatherThanLooping() throws Exception {
    api.enqueue(json(401, "{}"));
    api.enqueue(refreshed("pina_NEW"));
    api.enqueue(json(401, "{}"));

    try (Response response = get(api)) {
      assertEquals(401, response.code());
    }

    assertEquals(3, api.getRequestCount());
  }

  @Test
  void noTokenSurfacesAsTokenUnavailableWithTheReason() {
    store.clear();
    OkHttpClient fresh = new OkHttpClient.Builder().addInterceptor(new AccessTokenInterceptor(
        RefreshingTokenProvider.builder(OAuthClient.builder().appId("a").appSecret("s")
            .baseUrl(api.url("/v5/")).build(), store).build(), api.url("/v5/"))).build();

    TokenUnavailableException e = assertThrows(TokenUnavailableException.class, () ->
        fresh.newCall(new Request.Builder().url(api.url("/v5/boards")).build()).execute());

    assertTrue(e.oauthException() instanceof SignInRequiredException);
    assertEquals(0, api.getRequestCount());
  }
}
