package io.github.pinterestapi.hardening;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.HttpSafety;
import io.github.pinterestapi.errors.PlainHttpRefusedException;
import io.github.pinterestapi.errors.RedirectRefusedException;
import io.github.pinterestapi.extras.http.TokenFreeClient;
import io.github.pinterestapi.extras.oauth.InMemoryTokenStore;
import io.github.pinterestapi.extras.oauth.OAuthClient;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credentials never follow a redirect off their origin, and never travel over plain http. */
class CredentialOriginTest {
  private static final String STRANGER_TOKEN = "{\"access_token\":\"pina_STRANGER_token_0000\","
      + "\"response_type\":\"refresh_token\",\"token_type\":\"bearer\",\"expires_in\":2592000,"
      + "\"scope\":\"pins:read\"}";

  private final MockWebServer api = new MockWebServer();
  private final MockWebServer stranger = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    api.start();
    // Another port is another origin, as another host would be.
    stranger.start();
    pinterest = TestClients.against(api, time).build();
  }

  @AfterEach
  void stop() throws IOException {
    pinterest.close();
    api.shutdown();
    stranger.shutdown();
  }

  private MockResponse redirectTo(int status, String url) {
    return new MockResponse().setResponseCode(status).setHeader("Location", url);
  }

  @Test
  void aBearerRequestDoesNotFollowARedirectToAnotherOrigin() {
    api.enqueue(redirectTo(302, stranger.url("/v5/pins/123").toString()));
    stranger.enqueue(json(200, PIN_JSON));
    RedirectRefusedException e = assertThrows(RedirectRefusedException.class,
        () -> pinterest.pins().get(PinsGetParams.builder().pinId("123").build()));
    assertEquals(302, e.statusCode());
    assertEquals(1, api.getRequestCount());
    assertEquals(0, stranger.getRequestCount());
    assertTrue(!e.getMessage().contains("/v5/pins"), "only the origin is named");
  }

  @Test
  void aRedirectWithinTheApiOriginIsFollowedWithTheToken() throws Exception {
    api.enqueue(redirectTo(301, "/v5/pins/456"));
    api.enqueue(json(200, PIN_JSON));
    assertEquals("123", pinterest.pins().get(PinsGetParams.builder().pinId("123").build()).getId());
    api.takeRequest();
    RecordedRequest followed = api.takeRequest();
    assertEquals("/v5/pins/456", followed.getPath());
    assertEquals("Bearer " + TOKEN, followed.getHeader("Authorization"));
  }

  @Test
  void theTokenEndpointFollowsNoRedirectAndNoStrangerTokenIsAdopted() {
    InMemoryTokenStore store = new InMemoryTokenStore(Token.builder("pina_OLD_token_000")
        .refreshToken("pinr_OLD_refresh_000").accessExpiresAt(time.instant().minusSeconds(1))
        .build());
    Pinterest refreshing = TestClients.against(api, time).tokenStore(store)
        .appCredentials("1234567", "app-secret-value").build();
    api.enqueue(redirectTo(307, stranger.url("/v5/oauth/token").toString()));
    stranger.enqueue(json(200, STRANGER_TOKEN));
    OAuthException e = assertThrows(OAuthException.class,
        () -> refreshing.pins().get(PinsGetParams.builder().pinId("123").build()));
    assertTrue(e.getMessage().contains("redirect"), e.getMessage());
    assertEquals(1, api.getRequestCount(), "only the refresh; no API call without a token");
    assertEquals(0, stranger.getRequestCount());
    assertEquals("pina_OLD_token_000", store.load().accessToken());
  }

  @Test
  void aStandaloneOAuthClientFollowsNoRedirectEvenToItsOwnOrigin() {
    OAuthClient oauth = OAuthClient.builder().appId("app").appSecret("secret")
        .baseUrl(api.url("/v5/")).clock(time).build();
    api.enqueue(redirectTo(308, "/v5/oauth/token2"));
    api.enqueue(json(200, STRANGER_TOKEN));
    OAuthException e = assertThrows(OAuthException.class, () -> oauth.exchangeCode("code", "app://x"));
    assertTrue(e.getMessage().contains("HTTP 308"), e.getMessage());
    assertEquals(1, api.getRequestCount());
  }

  @Test
  void theOAuthClientRefusesPlainHttpOffLoopback() {
    assertThrows(PlainHttpRefusedException.class,
        () -> OAuthClient.builder().baseUrl("http://api.example.com/v5/"));
  }

  @Test
  void uploadAndDownloadUrlsRefusePlainHttpOffLoopbackUnsent() {
    Request download = new Request.Builder().url("http://storage.example.com/report.csv?sig=x").build();
    IOException e = assertThrows(IOException.class,
        () -> TokenFreeClient.from(pinterest.httpClient()).newCall(download).execute());
    assertInstanceOf(PlainHttpRefusedException.class, e.getCause());
  }

  @Test
  void aDownloadWithoutCredentialsMayFollowARedirectToAnotherOrigin() throws Exception {
    stranger.enqueue(redirectTo(302, api.url("/file.csv").toString()));
    api.enqueue(new MockResponse().setBody("a,b\n"));
    Request download = new Request.Builder().url(stranger.url("/file.csv?X-Amz-Signature=s")).build();
    try (okhttp3.Response response =
        TokenFreeClient.from(pinterest.httpClient()).newCall(download).execute()) {
      assertEquals("a,b\n", response.body().string());
    }
    assertNull(api.takeRequest().getHeader("Authorization"), "the bearer never rides a redirect");
  }

  @Test
  void noRedirectLeadsFromHttpsToPlainHttp() {
    List<String> sent = new CopyOnWriteArrayList<>();
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    HttpSafety.outer(builder, HttpUrl.get("https://api.pinterest.com/v5/"));
    builder.addInterceptor(chain -> { // Stands in for the network: nothing leaves this machine.
      sent.add(chain.request().url().toString());
      return new okhttp3.Response.Builder().request(chain.request())
          .protocol(okhttp3.Protocol.HTTP_1_1).code(302).message("Found")
          .header("Location", "http://cdn.example.com/file.csv")
          .body(okhttp3.ResponseBody.create("", null)).build();
    });
    IOException e = assertThrows(IOException.class, () -> builder.build()
        .newCall(new Request.Builder().url("https://cdn.example.com/file.csv").build()).execute());
    assertInstanceOf(RedirectRefusedException.class, e.getCause());
    assertEquals(Arrays.asList("https://cdn.example.com/file.csv"), sent);
  }
}
