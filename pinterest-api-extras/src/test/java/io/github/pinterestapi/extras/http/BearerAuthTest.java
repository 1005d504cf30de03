package io.github.pinterestapi.extras.http;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.pinterestError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BearerAuthTest {
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

  @Test
  void bearerTokenGoesToTheApiHost() throws Exception {
    api.enqueue(json(200, PIN_JSON));
    Pinterest pinterest = TestClients.against(api, time).build();
    pinterest.execute(pinterest.pins().pinsGet("123", null, null));
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
    pinterest.execute(pinterest.pins().pinsGet("1", null, null));
    pinterest.execute(pinterest.pins().pinsGet("2", null, null));
    assertEquals("Bearer pina_token_number_1", api.takeRequest().getHeader("Authorization"));
    assertEquals("Bearer pina_token_number_2", api.takeRequest().getHeader("Authorization"));
  }

  @Test
  void unauthorizedResentOnceWithTheProvidersNewToken() throws Exception {
    api.enqueue(pinterestError(401, 2, "Authentication failed"));
    api.enqueue(json(201, PIN_JSON));
    AccessTokenProvider refreshing = new AccessTokenProvider() {
      @Override
      public String accessToken() {
        return "pina_old_token_123456";
      }

      @Override
      public String tokenAfterUnauthorized(String rejected) {
        return rejected.equals("pina_old_token_123456") ? "pina_new_token_654321" : null;
      }
    };
    Pinterest pinterest = TestClients.against(api, time).accessTokenProvider(refreshing).build();
    assertEquals("123", pinterest.execute(pinterest.pins().pinsCreate(TestClients.newPin(), null)).getId());
    assertEquals("Bearer pina_old_token_123456", api.takeRequest().getHeader("Authorization"));
    RecordedRequest resent = api.takeRequest();
    assertEquals("Bearer pina_new_token_654321", resent.getHeader("Authorization"));
    assertEquals(2, api.getRequestCount());
  }

  @Test
  void unauthorizedWithoutNewTokenReachesTheCaller() {
    api.enqueue(pinterestError(401, 2, "Authentication failed"));
    Pinterest pinterest = TestClients.against(api, time).build();
    assertThrows(PinterestAuthenticationException.class,
        () -> pinterest.execute(pinterest.pins().pinsGet("1", null, null)));
    assertEquals(1, api.getRequestCount());
  }

  @Test
  void providerFailureFailsTheCallUnsent() {
    PinterestAuthenticationException refused = new PinterestAuthenticationException("oauth/token",
        400, PinterestError.parse("{\"code\":283,\"message\":\"Invalid refresh token\"}"),
        okhttp3.Headers.of(), "");
    Pinterest pinterest = TestClients.against(api, time).accessTokenProvider(() -> {
      throw refused;
    }).build();
    PinterestException e = assertThrows(PinterestException.class,
        () -> pinterest.execute(pinterest.pins().pinsGet("1", null, null)));
    assertSame(refused, e);
    assertEquals(0, api.getRequestCount());
  }

  private static void send(Pinterest pinterest, Request request) throws IOException {
    try (Response response = pinterest.httpClient().newCall(request).execute()) {
      assertEquals(204, response.code());
    }
  }
}
