package io.github.pinterestapi;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.newPin;
import static io.github.pinterestapi.testing.TestClients.pinUpdate;
import static io.github.pinterestapi.testing.TestClients.pinterestError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.errors.PinterestAuthenticationException;
import io.github.pinterestapi.errors.PinterestDecodeException;
import io.github.pinterestapi.errors.PinterestIoException;
import io.github.pinterestapi.errors.PinterestNotFoundException;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.errors.PinterestServerException;
import io.github.pinterestapi.extras.http.RetryPolicy;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.params.PinsDeleteParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import io.github.pinterestapi.v5.params.PinsUpdateParams;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * What a caller gets, and how many requests Pinterest received, for each way a call can fail.
 * Default retry policy: 3 retries, backoff 0.5 s, 1 s, 2 s (jitter fixed at none), 60 s budget.
 * Scenarios 30 on, where tokens and paging meet these faults, are in
 * {@link FaultMatrixAuthPagingTest}.
 */
@Execution(ExecutionMode.CONCURRENT) // Beside the other classes: it mostly waits on its server.
class FaultMatrixTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pinterest = TestClients.against(server, time).build();
  }

  @AfterEach
  void stop() throws IOException {
    pinterest.close();
    server.shutdown();
  }

  private Pin getPin() {
    return pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
  }

  private Pin createPin() {
    return pinterest.pins().create(PinsCreateParams.builder().body(newPin()).build());
  }

  private static List<Duration> seconds(double... values) {
    Duration[] durations = new Duration[values.length];
    for (int i = 0; i < values.length; i++) {
      durations[i] = Duration.ofMillis(Math.round(values[i] * 1000));
    }
    return Arrays.asList(durations);
  }

  @Test
  @DisplayName("1. 429, 429, 200 with Retry-After: 1 -> body after two 1 s waits; 3 requests")
  void rateLimitedTwiceThenOk() {
    server.enqueue(pinterestError(429, 29, "Rate limit exceeded").setHeader("Retry-After", "1"));
    server.enqueue(pinterestError(429, 29, "Rate limit exceeded").setHeader("Retry-After", "1"));
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", getPin().getId());
    assertEquals(3, server.getRequestCount());
    assertEquals(seconds(1, 1), time.waits());
  }

  @Test
  @DisplayName("2. 429 storm without hints -> PinterestRateLimitException after backoff 0.5/1/2 s; 4 requests")
  void rateLimitStorm() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(pinterestError(429, 29, "Rate limit exceeded"));
    }
    PinterestRateLimitException e = assertThrows(PinterestRateLimitException.class, this::getPin);
    assertEquals(429, e.statusCode());
    assertTrue(e.wasSent());
    assertEquals(4, server.getRequestCount());
    assertEquals(seconds(0.5, 1, 2), time.waits());
  }

  @Test
  @DisplayName("3. POST answered 429 is resent (Pinterest refused it); 2 requests")
  void postRateLimitedIsRetried() {
    server.enqueue(pinterestError(429, 29, "Rate limit exceeded").setHeader("Retry-After", "2"));
    server.enqueue(json(201, PIN_JSON));
    assertEquals("123", createPin().getId());
    assertEquals(2, server.getRequestCount());
    assertEquals(seconds(2), time.waits());
  }

  @Test
  @DisplayName("4. Retry-After: 120 exceeds the 60 s budget -> exception with retryAfter 120 s; 1 request")
  void retryAfterBeyondBudget() {
    server.enqueue(pinterestError(429, 29, "Rate limit exceeded").setHeader("Retry-After", "120"));
    PinterestRateLimitException e = assertThrows(PinterestRateLimitException.class, this::getPin);
    assertEquals(Duration.ofSeconds(120), e.retryAfter().get());
    assertEquals(1, server.getRequestCount());
    assertEquals(seconds(), time.waits());
  }

  @Test
  @DisplayName("5. 429 with X-RateLimit-Reset: 3 and no Retry-After -> waits 3 s; 2 requests")
  void rateLimitResetHeader() {
    server.enqueue(pinterestError(429, 29, "Rate limit exceeded")
        .setHeader("X-RateLimit-Limit", "100, 100;w=60")
        .setHeader("X-RateLimit-Remaining", "0")
        .setHeader("X-RateLimit-Reset", "3"));
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", getPin().getId());
    assertEquals(2, server.getRequestCount());
    assertEquals(seconds(3), time.waits());
  }

  @Test
  @DisplayName("6. Retry-After as an HTTP date 5 s ahead -> waits 5 s; 2 requests")
  void retryAfterHttpDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(time.instant().plusSeconds(5).atOffset(ZoneOffset.UTC));
    server.enqueue(pinterestError(429, 29, "Slow down").setHeader("Retry-After", date));
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", getPin().getId());
    assertEquals(2, server.getRequestCount());
    assertEquals(seconds(5), time.waits());
  }

  @Test
  @DisplayName("7. 429 code 30 (too-fast writes), retries off -> spam limit flagged; 1 request")
  void spamLimit() {
    pinterest = pinterest.newBuilder().retryPolicy(RetryPolicy.none()).build();
    server.enqueue(pinterestError(429, 30, "Your request was identified as spam"));
    PinterestRateLimitException e = assertThrows(PinterestRateLimitException.class, this::createPin);
    assertTrue(e.isSpamLimit());
    assertEquals(30, e.code());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("8. GET 503 then 200 -> body; 2 requests")
  void getServerErrorThenOk() {
    server.enqueue(pinterestError(503, 0, "Service unavailable"));
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", getPin().getId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  @DisplayName("9. GET 500 every time -> PinterestServerException; 4 requests")
  void getServerErrorPersists() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(pinterestError(500, 1, "Internal error"));
    }
    PinterestServerException e = assertThrows(PinterestServerException.class, this::getPin);
    assertEquals(500, e.statusCode());
    assertEquals("rid-500", e.requestId());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  @DisplayName("10. POST 500 -> PinterestServerException at once, never resent; 1 request")
  void postServerErrorNotResent() {
    server.enqueue(pinterestError(500, 1, "Internal error"));
    server.enqueue(json(201, PIN_JSON));
    assertThrows(PinterestServerException.class, this::createPin);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("11. PATCH 502 -> PinterestServerException, never resent; 1 request")
  void patchBadGatewayNotResent() {
    server.enqueue(pinterestError(502, 1, "Bad gateway"));
    assertThrows(PinterestServerException.class,
        () -> pinterest.pins().update(PinsUpdateParams.builder()
            .pinId("123")
            .body(pinUpdate())
            .build()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("12. POST 503 with retryNonIdempotent opted in -> resent, body; 2 requests")
  void postRetriedWhenOptedIn() {
    pinterest = pinterest.newBuilder()
        .retryPolicy(RetryPolicy.builder().retryNonIdempotent(true).build()).build();
    server.enqueue(pinterestError(503, 0, "Service unavailable"));
    server.enqueue(json(201, PIN_JSON));
    assertEquals("123", createPin().getId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  @DisplayName("13. DELETE 504 then 204 -> returns (no content); 2 requests")
  void deleteGatewayTimeoutThenNoContent() {
    server.enqueue(pinterestError(504, 0, "Gateway timeout"));
    server.enqueue(new MockResponse().setResponseCode(204));
    pinterest.pins().delete(PinsDeleteParams.builder().pinId("123").build());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  @DisplayName("14. GET connection reset mid-body, then 200 -> body; 2 requests")
  void getDisconnectDuringBody() {
    server.enqueue(json(200, PIN_JSON + "                                          ")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", getPin().getId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  @DisplayName("15. POST connection reset mid-body -> PinterestIoException, not resent; 1 request")
  void postDisconnectDuringBody() {
    server.enqueue(json(201, PIN_JSON + "                                          ")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(201, PIN_JSON));
    PinterestIoException e = assertThrows(PinterestIoException.class, this::createPin);
    assertEquals("pins/create", e.operationId());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("16. POST, connection dropped after the request -> PinterestIoException naming pins/create; exactly 1 request")
  void postDroppedAfterRequestNotResent() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(201, PIN_JSON));
    PinterestIoException e = assertThrows(PinterestIoException.class, this::createPin);
    assertTrue(e.getMessage().contains("pins/create"), e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals(seconds(), time.waits());
  }

  @Test
  @DisplayName("17. GET, connection dropped after the request, then 200 -> body; 2 requests")
  void getDroppedAfterRequestRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", getPin().getId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  @DisplayName("18. GET read timeout, then 200 -> body; 2 requests")
  void getReadTimeoutRetried() {
    pinterest = pinterest.newBuilder().readTimeout(Duration.ofMillis(250)).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", getPin().getId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  @DisplayName("19. POST read timeout -> PinterestIoException caused by SocketTimeoutException; 1 request")
  void postReadTimeoutNotResent() {
    pinterest = pinterest.newBuilder().readTimeout(Duration.ofMillis(250)).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(json(201, PIN_JSON));
    PinterestIoException e = assertThrows(PinterestIoException.class, this::createPin);
    assertInstanceOf(SocketTimeoutException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("20. 200 with malformed JSON -> PinterestDecodeException naming pins/get; 1 request")
  void malformedJson() {
    server.enqueue(json(200, "{\"id\": \"123\", \"title\": "));
    PinterestDecodeException e = assertThrows(PinterestDecodeException.class, this::getPin);
    assertEquals("pins/get", e.operationId());
    assertTrue(e.getMessage().contains("Pin"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("21. 200 with an empty body -> PinterestDecodeException; 1 request")
  void emptySuccessBody() {
    server.enqueue(json(200, ""));
    PinterestDecodeException e = assertThrows(PinterestDecodeException.class, this::getPin);
    assertTrue(e.getMessage().contains("(empty body)"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("22. 200 with JSON of the wrong shape (an array) -> PinterestDecodeException; 1 request")
  void wrongShape() {
    server.enqueue(json(200, "[1, 2, 3]"));
    assertThrows(PinterestDecodeException.class, this::getPin);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("23. GET 502 with a proxy's HTML page every time -> PinterestServerException with status and snippet; 4 requests")
  void htmlFromProxy() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setResponseCode(502)
          .setHeader("Content-Type", "text/html")
          .setBody("<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>"));
    }
    PinterestServerException e = assertThrows(PinterestServerException.class, this::getPin);
    assertEquals(502, e.statusCode());
    assertNull(e.code());
    assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
    assertTrue(e.getMessage().contains("non-JSON body (text/html)"), e.getMessage());
    assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  @DisplayName("24. 404 with an empty body -> PinterestNotFoundException saying so; 1 request")
  void notFoundEmptyBody() {
    server.enqueue(new MockResponse().setResponseCode(404));
    PinterestNotFoundException e = assertThrows(PinterestNotFoundException.class, this::getPin);
    assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    assertTrue(e.getMessage().contains("(empty body)"), e.getMessage());
    assertEquals("", e.rawBody());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("25. 401 -> PinterestAuthenticationException, not retried; 1 request")
  void unauthorizedNotRetried() {
    server.enqueue(pinterestError(401, 2, "Authentication failed"));
    PinterestAuthenticationException e =
        assertThrows(PinterestAuthenticationException.class, this::getPin);
    assertFalse(e.isInvalidGrant());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  @DisplayName("26. 503, 429, 200 on GET -> body; 3 requests")
  void mixedFailuresThenOk() {
    server.enqueue(pinterestError(503, 0, "Service unavailable"));
    server.enqueue(pinterestError(429, 29, "Rate limit exceeded"));
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", getPin().getId());
    assertEquals(3, server.getRequestCount());
    assertEquals(seconds(0.5, 1), time.waits());
  }

  @Test
  @DisplayName("27. 503 with Retry-After: 40 twice -> one 40 s wait, then the budget stops it; 2 requests")
  void totalWaitIsBounded() {
    server.enqueue(pinterestError(503, 0, "Down").setHeader("Retry-After", "40"));
    server.enqueue(pinterestError(503, 0, "Down").setHeader("Retry-After", "40"));
    server.enqueue(json(200, PIN_JSON));
    assertThrows(PinterestServerException.class, this::getPin);
    assertEquals(2, server.getRequestCount());
    assertEquals(seconds(40), time.waits());
  }

  @Test
  @DisplayName("28. POST to a closed port -> retried (nothing was sent), then PinterestIoException; 0 requests")
  void connectionRefused() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/v5/").toString();
    closed.shutdown();
    pinterest = pinterest.newBuilder().baseUrl(url).build();
    PinterestIoException e = assertThrows(PinterestIoException.class, this::createPin);
    assertEquals("pins/create", e.operationId());
    assertEquals(0, closed.getRequestCount());
    assertEquals(seconds(0.5, 1, 2), time.waits());
  }

  @Test
  @DisplayName("29. Failed answers are closed before retrying: all attempts reuse one connection; 3 requests")
  void failedResponsesAreClosed() throws InterruptedException {
    server.enqueue(pinterestError(503, 0, "Down"));
    server.enqueue(pinterestError(500, 0, "Down"));
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", getPin().getId());
    assertEquals(3, server.getRequestCount());
    assertEquals(0, TestClients.taken(server).getSequenceNumber());
    assertEquals(1, TestClients.taken(server).getSequenceNumber());
    assertEquals(2, TestClients.taken(server).getSequenceNumber());
  }
}
