package io.github.pinterestapi.extras.http;

import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import okhttp3.Headers;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.errors.PinterestAuthenticationException;
import io.github.pinterestapi.errors.PinterestIoException;
import io.github.pinterestapi.errors.PinterestNotFoundException;
import io.github.pinterestapi.errors.PinterestPermissionException;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.errors.PinterestServerException;

class ErrorMappingTest {
  private final MockWebServer server = new MockWebServer();
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pinterest = TestClients.against(server, new FakeTime()).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private PinterestApiException failWith(MockResponse response) {
    server.enqueue(response);
    return assertThrows(PinterestApiException.class,
        () -> pinterest.pins().get(PinsGetParams.builder().pinId("123").build()));
  }

  @Test
  void everyFieldOfAPinterestError() {
    PinterestApiException e = failWith(json(400,
        "{\"code\":1,\"message\":\"Invalid parameters\",\"details\":[{\"field\":\"title\"}]}")
        .setHeader("x-pinterest-rid", "abc123"));
    assertEquals(PinterestApiException.class, e.getClass());
    assertEquals(400, e.statusCode());
    assertEquals(1, e.code());
    assertEquals("Invalid parameters", e.pinterestMessage());
    assertEquals("title", ((Map<?, ?>) ((List<?>) e.details()).get(0)).get("field"));
    assertEquals("abc123", e.requestId());
    assertEquals("application/json", e.headers().get("Content-Type"));
    assertTrue(e.rawBody().startsWith("{\"code\":1"));
    assertEquals("pins/get", e.operationId());
    assertEquals("pins/get failed: HTTP 400, Pinterest code 1: Invalid parameters"
        + " [x-pinterest-rid abc123]", e.getMessage());
  }

  @Test
  void statusesMapToTypes() {
    assertInstanceOf(PinterestAuthenticationException.class, failWith(json(401, "{}")));
    assertInstanceOf(PinterestPermissionException.class, failWith(json(403, "{}")));
    assertInstanceOf(PinterestNotFoundException.class, failWith(json(404, "{}")));
    assertInstanceOf(PinterestRateLimitException.class, failWith(json(429, "{}")));
    assertInstanceOf(PinterestServerException.class, failWith(json(500, "{}")));
    assertInstanceOf(PinterestServerException.class, failWith(json(599, "{}")));
    assertEquals(PinterestApiException.class, failWith(json(409, "{}")).getClass());
  }

  /** The http layer alone; {@code Pinterest.execute} turns an invalid grant into sign-in. */
  private PinterestAuthenticationException failWithInvalidGrant(MockResponse response) {
    server.enqueue(response);
    return assertThrows(PinterestAuthenticationException.class, () -> PinterestCalls.execute(
        pinterest.api(io.github.pinterestapi.v5.api.PinsApi.class).pinsGet("123", null, null)));
  }

  @Test
  void invalidGrantSaysSignInAgain() {
    PinterestAuthenticationException e = failWithInvalidGrant(
        json(400, "{\"code\":283,\"message\":\"Refresh token is invalid\"}"));
    assertTrue(e.isInvalidGrant());
    assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
  }

  @Test
  void oauthInvalidGrantShapeToo() {
    PinterestAuthenticationException e = failWithInvalidGrant(json(400,
        "{\"error\":\"invalid_grant\",\"error_description\":\"Authorization code expired\"}"));
    assertTrue(e.isInvalidGrant());
    assertEquals("Authorization code expired", e.pinterestMessage());
  }

  @Test
  void rateLimitCarriesWaitAndSpamFlag() {
    PinterestRateLimitException byHeader = (PinterestRateLimitException) failWith(
        json(429, "{\"code\":29,\"message\":\"Rate limited\"}").setHeader("Retry-After", "7"));
    assertEquals(Duration.ofSeconds(7), byHeader.retryAfter().get());
    assertFalse(byHeader.isSpamLimit());
    PinterestRateLimitException byReset = (PinterestRateLimitException) failWith(
        json(429, "{\"code\":29,\"message\":\"Rate limited\"}").setHeader("X-RateLimit-Reset", "12"));
    assertEquals(Duration.ofSeconds(12), byReset.retryAfter().get());
    PinterestRateLimitException bySpamWord = (PinterestRateLimitException) failWith(
        json(429, "{\"code\":8,\"message\":\"Request blocked as SPAM\"}"));
    assertTrue(bySpamWord.isSpamLimit());
    assertFalse(bySpamWord.retryAfter().isPresent());
  }

  @Test
  void jsonWithoutPinterestFieldsShowsTheBody() {
    PinterestApiException e = failWith(json(400, "{\"status\":\"failure\"}"));
    assertNull(e.code());
    assertTrue(e.getMessage().endsWith("HTTP 400, body (application/json): {\"status\":\"failure\"}"),
        e.getMessage());
  }

  @Test
  void longBodiesAreCutInTheMessageButKeptRaw() {
    StringBuilder page = new StringBuilder("<html>");
    for (int i = 0; i < 500; i++) {
      page.append("<p>line ").append(i).append("</p>\n");
    }
    PinterestApiException e = failWith(new MockResponse().setResponseCode(503)
        .setHeader("Content-Type", "text/html; charset=utf-8").setBody(page.toString()));
    assertTrue(e.getMessage().length() < 400, e.getMessage());
    assertTrue(e.getMessage().endsWith("…"), e.getMessage());
    assertEquals(page.toString(), e.rawBody());
  }

  @Test
  void asyncFailuresAreTheSameTypes() {
    server.enqueue(json(404, "{\"code\":2,\"message\":\"Pin not found\"}"));
    CompletionException e = assertThrows(CompletionException.class,
        () -> pinterest.pins().async().get(PinsGetParams.builder()
            .pinId("1")
            .build()).join());
    assertInstanceOf(PinterestNotFoundException.class, e.getCause());
    assertEquals("Pin not found", ((PinterestNotFoundException) e.getCause()).pinterestMessage());
  }

  @Test
  void asyncSuccessAndNetworkFailure() throws IOException {
    server.enqueue(json(200, TestClients.PIN_JSON));
    assertEquals("123",
        pinterest.pins().async().get(PinsGetParams.builder()
            .pinId("1")
            .build()).join().getId());
    server.shutdown();
    CompletionException e = assertThrows(CompletionException.class,
        () -> pinterest.pins().async().get(PinsGetParams.builder()
            .pinId("1")
            .build()).join());
    assertInstanceOf(PinterestIoException.class, e.getCause());
    assertEquals("pins/get", ((PinterestIoException) e.getCause()).operationId());
  }

  @Test
  void cancellingTheFutureCancelsTheCall() {
    server.enqueue(json(200, TestClients.PIN_JSON)
        .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));
    retrofit2.Call<io.github.pinterestapi.v5.model.Pin> call =
        pinterest.api(io.github.pinterestapi.v5.api.PinsApi.class).pinsGet("1", null, null);
    pinterest.executeAsync(call).cancel(true);
    assertTrue(call.isCanceled());
  }

  @Test
  void errorBodyParsingNeverThrows() {
    assertSame(PinterestError.NONE, PinterestError.parse(null));
    assertSame(PinterestError.NONE, PinterestError.parse(""));
    assertSame(PinterestError.NONE, PinterestError.parse("<html>"));
    assertSame(PinterestError.NONE, PinterestError.parse("{not json"));
    assertSame(PinterestError.NONE, PinterestError.parse("[1]"));
    assertEquals(3, PinterestError.parse("{\"code\":3.0,\"message\":\"x\"}").code());
  }

  @Test
  void waitHints() {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    assertEquals(Duration.ofMillis(1500),
        WaitHints.serverHint(Headers.of("Retry-After", "1.5"), now));
    assertEquals(Duration.ofSeconds(30),
        WaitHints.serverHint(Headers.of("Retry-After", "Wed, 01 Jan 2025 00:00:30 GMT"), now));
    assertEquals(Duration.ZERO,
        WaitHints.serverHint(Headers.of("Retry-After", "Tue, 31 Dec 2024 23:00:00 GMT"), now));
    assertEquals(Duration.ofSeconds(9),
        WaitHints.serverHint(Headers.of("X-RateLimit-Reset", "9"), now));
    assertEquals(Duration.ofSeconds(20), WaitHints.serverHint(
        Headers.of("X-RateLimit-Reset", String.valueOf(now.getEpochSecond() + 20)), now));
    assertEquals(Duration.ofSeconds(2),
        WaitHints.serverHint(Headers.of("Retry-After", "2", "X-RateLimit-Reset", "9"), now));
    assertNull(WaitHints.serverHint(Headers.of("Retry-After", "soon"), now));
    assertNull(WaitHints.serverHint(Headers.of(), now));
  }
}
