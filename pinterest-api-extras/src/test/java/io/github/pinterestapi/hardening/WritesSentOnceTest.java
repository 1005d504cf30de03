package io.github.pinterestapi.hardening;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.newPin;
import static io.github.pinterestapi.testing.TestClients.pinterestError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.errors.PinterestAuthenticationException;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.errors.PinterestIoException;
import io.github.pinterestapi.errors.PinterestServerException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No layer, OkHttp's included, sends a POST twice unless the caller opted in: exactly one POST
 * reaches the server for each failure, and the caller gets a typed exception.
 */
class WritesSentOnceTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.start();
    // A caller's client that asks OkHttp for every follow-up it can do.
    OkHttpClient eager = new OkHttpClient.Builder()
        .retryOnConnectionFailure(true)
        .followRedirects(true)
        .authenticator((route, response) -> response.request().newBuilder().build())
        .build();
    pinterest = TestClients.against(server, time).okHttpClient(eager).build();
  }

  @AfterEach
  void stop() throws IOException {
    pinterest.close();
    pinterest.httpClient().dispatcher().executorService().shutdown();
    server.shutdown();
  }

  private void createPin() {
    pinterest.pins().create(PinsCreateParams.builder().body(newPin()).build());
  }

  private void assertOnePost() throws InterruptedException {
    assertEquals(1, server.getRequestCount());
    assertEquals("POST", server.takeRequest().getMethod());
  }

  @Test
  void status503WithRetryAfterZero() throws Exception {
    server.enqueue(pinterestError(503, 1, "busy").setHeader("Retry-After", "0"));
    server.enqueue(json(201, PIN_JSON));
    PinterestServerException e = assertThrows(PinterestServerException.class, this::createPin);
    assertEquals("0", e.headers().get("Retry-After"), "the caller still sees the server's hint");
    assertOnePost();
  }

  @Test
  void status503WithRetryAfterZeroAsync() throws Exception {
    server.enqueue(pinterestError(503, 1, "busy").setHeader("Retry-After", "0"));
    server.enqueue(json(201, PIN_JSON));
    ExecutionException e = assertThrows(ExecutionException.class, () -> pinterest.pins().async().create(
        PinsCreateParams.builder()
            .body(newPin())
            .build()).get(5, TimeUnit.SECONDS));
    assertInstanceOf(PinterestServerException.class, e.getCause());
    assertOnePost();
  }

  @Test
  void status408() throws Exception {
    server.enqueue(pinterestError(408, 1, "timeout"));
    server.enqueue(json(201, PIN_JSON));
    assertEquals(408, assertThrows(PinterestApiException.class, this::createPin).statusCode());
    assertOnePost();
  }

  @Test
  void status500() throws Exception {
    server.enqueue(pinterestError(500, 1, "oops"));
    server.enqueue(json(201, PIN_JSON));
    assertThrows(PinterestServerException.class, this::createPin);
    assertOnePost();
  }

  @Test
  void status401WithAnAuthenticatorOnTheCallersClient() throws Exception {
    server.enqueue(pinterestError(401, 2, "bad token"));
    server.enqueue(json(201, PIN_JSON));
    assertThrows(PinterestAuthenticationException.class, this::createPin);
    assertOnePost();
  }

  @Test
  void resetMidBody() throws Exception {
    server.enqueue(json(201, PIN_JSON + repeatSpaces(64 * 1024))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(201, PIN_JSON));
    assertThrows(PinterestIoException.class, this::createPin);
    assertOnePost();
  }

  @Test
  void dropAfterTheRequest() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(201, PIN_JSON));
    assertThrows(PinterestIoException.class, this::createPin);
    assertOnePost();
  }

  @Test
  void redirectOfAPostIsNotFollowed() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", "/v5/pins/again"));
    server.enqueue(json(201, PIN_JSON));
    assertThrows(PinterestException.class, this::createPin);
    assertOnePost();
  }

  @Test
  void retryAfterBeyondIntOn503IsReadWithoutFailing() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(pinterestError(503, 1, "busy").setHeader("Retry-After", "99999999999"));
    }
    PinterestServerException e = assertThrows(PinterestServerException.class,
        () -> pinterest.pins().get(PinsGetParams.builder().pinId("1").build()));
    assertEquals(503, e.statusCode());
    assertEquals(1, server.getRequestCount(), "a wait beyond the budget is not waited");
    assertEquals(Duration.ZERO, time.totalWait());
  }

  private static String repeatSpaces(int n) {
    char[] spaces = new char[n];
    java.util.Arrays.fill(spaces, ' ');
    return new String(spaces);
  }
}
