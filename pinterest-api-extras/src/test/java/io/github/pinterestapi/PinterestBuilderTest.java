package io.github.pinterestapi;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsGetParams;
import io.github.pinterestapi.v5.services.PinterestServices;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class PinterestBuilderTest {
  @Test
  void defaultsToProduction() {
    Pinterest pinterest = Pinterest.builder().build();
    assertEquals("https://api.pinterest.com/v5/", pinterest.baseUrl().toString());
    assertFalse(pinterest.isSandbox());
    pinterest.close();
  }

  @Test
  void sandboxUrl() {
    Pinterest pinterest = Pinterest.builder().sandbox().build();
    assertEquals("https://api-sandbox.pinterest.com/v5/", pinterest.baseUrl().toString());
    assertTrue(pinterest.isSandbox());
  }

  @Test
  void customUrlGetsV5AndTrailingSlash() {
    assertEquals("https://pinterest.example.com/v5/",
        Pinterest.builder().baseUrl("https://pinterest.example.com").build().baseUrl().toString());
    assertEquals("https://pinterest.example.com/api/v5/",
        Pinterest.builder().baseUrl("https://pinterest.example.com/api/v5").build().baseUrl().toString());
  }

  @Test
  void sandboxHostTurnsOnSandboxRules() {
    assertTrue(Pinterest.builder().baseUrl("https://api-sandbox.pinterest.com").build().isSandbox());
  }

  @Test
  void plainHttpRefusedExceptOnLoopback() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pinterest.builder().baseUrl("http://api.pinterest.com/v5/"));
    assertTrue(e.getMessage().contains("unencrypted"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Pinterest.builder().baseUrl("http://10.0.0.1/v5/"));
    assertThrows(IllegalArgumentException.class,
        () -> Pinterest.builder().baseUrl("http://localhost.evil.example/v5/"));
    Pinterest.builder().baseUrl("http://localhost:8080/v5/");
    Pinterest.builder().baseUrl("http://127.0.0.1:8080/v5/");
    Pinterest.builder().baseUrl("http://127.1.2.3:8080/v5/");
    Pinterest.builder().baseUrl("http://[::1]:8080/v5/");
  }

  @Test
  void notAUrl() {
    assertThrows(IllegalArgumentException.class, () -> Pinterest.builder().baseUrl("ftp://x"));
  }

  @Test
  void fromEnvReadsEveryVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("PINTEREST_ACCESS_TOKEN", TOKEN);
    env.put("PINTEREST_REFRESH_TOKEN", TestClients.REFRESH_TOKEN);
    env.put("PINTEREST_APP_ID", "1234567");
    env.put("PINTEREST_APP_SECRET", "app-secret-value");
    env.put("PINTEREST_API_URI", "https://api-sandbox.pinterest.com");
    Pinterest pinterest = Pinterest.fromEnv(env);
    assertEquals("https://api-sandbox.pinterest.com/v5/", pinterest.baseUrl().toString());
    assertTrue(pinterest.isSandbox());
    AppCredentials app = pinterest.appCredentials().get();
    assertEquals("1234567", app.appId());
    assertEquals("app-secret-value", app.appSecret());
    assertEquals(TestClients.REFRESH_TOKEN, app.refreshToken());
    assertFalse(app.toString().contains("app-secret-value"));
    assertFalse(app.toString().contains(TestClients.REFRESH_TOKEN));
  }

  @Test
  void fromEnvWithNothingSetIsProductionWithoutCredentials() {
    Pinterest pinterest = Pinterest.fromEnv(new HashMap<>());
    assertEquals(Pinterest.PRODUCTION_URL, pinterest.baseUrl().toString());
    assertFalse(pinterest.appCredentials().isPresent());
    assertEquals("Pinterest{baseUrl=https://api.pinterest.com/v5/, sandbox=false, authenticated=false}",
        pinterest.toString());
  }

  @Test
  void fromEnvTokenIsSentAsBearer() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json(200, PIN_JSON));
      Map<String, String> env = new HashMap<>();
      env.put("PINTEREST_ACCESS_TOKEN", TOKEN);
      env.put("PINTEREST_API_URI", server.url("/").toString());
      Pinterest pinterest = Pinterest.fromEnv(env);
      pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
      RecordedRequest request = server.takeRequest();
      assertEquals("/v5/pins/123", request.getPath());
      assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    }
  }

  @Test
  void sendsVersionedUserAgent() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json(200, PIN_JSON));
      Pinterest pinterest = TestClients.against(server, new FakeTime())
          .applicationName("catalog-sync/2.1").build();
      pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
      okhttp3.mockwebserver.RecordedRequest request = server.takeRequest();
      // Set with the token, in the one copy of the request auth makes: once, not twice.
      assertEquals(1, request.getHeaders().values("User-Agent").size());
      String userAgent = request.getHeader("User-Agent");
      assertTrue(userAgent.matches("pinterest-api-java/\\d+\\.\\d+\\.\\d+\\S* catalog-sync/2\\.1"),
          userAgent);
      assertFalse(userAgent.contains("unknown"), userAgent);
    }
  }

  @Test
  void oneServiceAccessorPerRetrofitInterface() throws Exception {
    Pinterest pinterest = Pinterest.builder().build();
    Map<String, Class<?>> apis = GeneratedServices.all();
    // Generated with the bindings, so a new tag upstream needs no code here:
    // 46 services at 5.23.0, 45 at 5.22.0.
    assertFalse(apis.isEmpty());
    for (Map.Entry<String, Class<?>> api : apis.entrySet()) {
      String service = "io.github.pinterestapi.v5.services."
          + api.getKey().substring(0, api.getKey().length() - "Api".length()) + "Service";
      Class<?> serviceClass = Class.forName(service);
      long accessors = java.util.Arrays.stream(PinterestServices.class.getDeclaredMethods())
          .filter(m -> m.getReturnType() == serviceClass && m.getParameterCount() == 0)
          .count();
      assertEquals(1, accessors, "accessors for " + serviceClass.getSimpleName());
      assertSame(pinterest.api(api.getValue()), pinterest.api(api.getValue()));
    }
    assertSame(pinterest.pins(), pinterest.pins());
    assertSame(pinterest.services().userAccount(), pinterest.userAccount());
  }

  @Test
  void apiRejectsClasses() {
    assertThrows(IllegalArgumentException.class, () -> Pinterest.builder().build().api(String.class));
  }

  @Test
  void callersClientIsNotChangedNorClosed() throws IOException {
    OkHttpClient mine = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(7)).build();
    Pinterest pinterest = Pinterest.builder().okHttpClient(mine).connectTimeout(Duration.ofSeconds(3)).build();
    assertEquals(0, mine.interceptors().size());
    assertTrue(mine.retryOnConnectionFailure());
    assertEquals(7000, pinterest.httpClient().readTimeoutMillis());
    assertEquals(3000, pinterest.httpClient().connectTimeoutMillis());
    assertSame(mine.connectionPool(), pinterest.httpClient().connectionPool());
    pinterest.close();
    assertFalse(mine.dispatcher().executorService().isShutdown());
  }

  @Test
  void ownClientHasDefaultTimeoutsAndOkHttpRetriesOff() {
    OkHttpClient client = Pinterest.builder().build().httpClient();
    assertEquals(10_000, client.connectTimeoutMillis());
    assertEquals(30_000, client.readTimeoutMillis());
    assertEquals(30_000, client.writeTimeoutMillis());
    assertEquals(0, client.callTimeoutMillis());
    assertFalse(client.retryOnConnectionFailure());
  }

  @Test
  void newBuilderSharesPoolWithoutDoublingInterceptors() {
    Pinterest first = Pinterest.builder().accessToken(TOKEN).build();
    Pinterest second = first.newBuilder().readTimeout(Duration.ofSeconds(5)).build();
    assertEquals(first.httpClient().interceptors().size(), second.httpClient().interceptors().size());
    assertSame(first.httpClient().connectionPool(), second.httpClient().connectionPool());
    assertEquals(5000, second.httpClient().readTimeoutMillis());
    assertEquals(30_000, first.httpClient().readTimeoutMillis());
    assertNotEquals(first, second);
  }

  @Test
  void builderChangesAfterBuildDoNotLeak() {
    PinterestBuilder builder = Pinterest.builder();
    Pinterest built = builder.build();
    builder.sandbox();
    assertFalse(built.isSandbox());
  }

  @Test
  void interceptorOrder() {
    java.util.List<String> names = new java.util.ArrayList<>();
    Pinterest.builder().sandbox().accessToken(TOKEN).logging(line -> { }, io.github.pinterestapi.extras.http.HttpLogLevel.BASIC)
        .build().httpClient().interceptors()
        .forEach(i -> names.add(i.getClass().getSimpleName()));
    assertEquals(java.util.Arrays.asList("CallBoundaryInterceptor", "RedirectInterceptor",
        "SandboxGuardInterceptor",
        "RetryInterceptor", "RateLimitInterceptor", "AccessTokenInterceptor",
        "UserAgentInterceptor", "RedactingLoggingInterceptor", "NoStoreWithCredentials", "RestoreRetryAfter"), names);
  }
}
