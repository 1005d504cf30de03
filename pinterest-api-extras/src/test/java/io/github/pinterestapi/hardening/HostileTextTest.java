package io.github.pinterestapi.hardening;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.HttpLogLevel;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.errors.PinterestDecodeException;
import io.github.pinterestapi.errors.PinterestInternalException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Untrusted text of any size goes through decoding, error messages, redaction and logging in
 * bounded stack, and no {@code Error} reaches the caller, sync or async.
 */
class HostileTextTest {
  // Far beyond the ~1.6 KB that overflowed the stack of the old redaction regex.
  private static final String LONG = repeat('a', 200_000);
  private static final String LONG_ESCAPES = repeat("\\\"", 100_000);

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pinterest = TestClients.against(server, time).logging(log::add, HttpLogLevel.BODY).build();
  }

  @AfterEach
  void stop() throws IOException {
    pinterest.close();
    server.shutdown();
  }

  private Pin getPin() {
    return pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
  }

  @Test
  void aLongStringThatDoesNotDecodeIsADecodeException() {
    server.enqueue(json(200, "{\"id\":\"123\",\"title\":" + "\"" + LONG + "\", \"board_id\": [" + "\"" + LONG_ESCAPES + "\"}"));
    PinterestDecodeException e = assertThrows(PinterestDecodeException.class, this::getPin);
    assertTrue(e.getMessage().length() < 2_000, "the message stays short");
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aLongErrorBodyWithoutMessageIsAnApiException() {
    server.enqueue(json(400, "{\"access_token\":\"" + LONG + "\",\"detail\":\"" + LONG_ESCAPES + "\"}"));
    PinterestApiException e = assertThrows(PinterestApiException.class, this::getPin);
    assertEquals(400, e.statusCode());
    assertFalse(e.getMessage().contains("aaaaaaaa"), "a secret member is masked even when cut");
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aLongErrorMessageIsShortenedInTheExceptionMessage() {
    server.enqueue(json(500, "{\"code\":1,\"message\":\"" + LONG + "\"}"));
    Pinterest noRetry = pinterest.newBuilder()
        .retryPolicy(io.github.pinterestapi.extras.http.RetryPolicy.none()).build();
    PinterestApiException e = assertThrows(PinterestApiException.class,
        () -> noRetry.pins().get(PinsGetParams.builder().pinId("1").build()));
    assertTrue(e.getMessage().length() < 2_000);
    assertEquals(LONG, e.pinterestMessage(), "the raw message is kept whole");
  }

  @Test
  void bodyLoggingOfALongRequestAndResponseNeitherFailsNorBlocksTheCall() throws Exception {
    server.enqueue(json(201, "{\"id\":\"9\",\"description\":\"" + LONG + "\",\"note\":\"" + LONG_ESCAPES + "\"}"));
    Pin pin = pinterest.pins().create(PinsCreateParams.builder()
        .body(new PinCreate().boardId("b").description(LONG + LONG_ESCAPES))
        .build());
    assertEquals("9", pin.getId());
    assertEquals(1, server.getRequestCount());
    assertTrue(server.takeRequest().getBody().size() > 200_000, "the body was sent whole");
    assertTrue(log.stream().anyMatch(line -> line.startsWith("<-- 201")));
  }

  @Test
  void aLoggerThatThrowsAnErrorCostsTheLineNotTheCall() {
    Pinterest failing = pinterest.newBuilder().logging(line -> {
      throw new StackOverflowError("logger");
    }, HttpLogLevel.BODY).build();
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", failing.pins().get(PinsGetParams.builder().pinId("123").build()).getId());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aRateLimitListenerThatThrowsAnErrorDoesNotFailTheCall() {
    Pinterest failing = pinterest.newBuilder().rateLimitListener(snapshot -> {
      throw new AssertionError("listener");
    }).build();
    server.enqueue(json(200, PIN_JSON).setHeader("X-RateLimit-Remaining", "5"));
    assertEquals("123", failing.pins().get(PinsGetParams.builder().pinId("123").build()).getId());
  }

  @Test
  void anAsyncDecodeFailureOfALongBodyCompletesTheFuture() {
    server.enqueue(json(200, "\"" + LONG + "\""));
    ExecutionException e = assertThrows(ExecutionException.class, () -> pinterest.pins().async().get(
        PinsGetParams.builder()
            .pinId("123")
            .build()).get(5, TimeUnit.SECONDS));
    assertInstanceOf(PinterestDecodeException.class, e.getCause());
  }

  @Test
  void anErrorInsideTheChainIsATypedExceptionSyncAndAsync() throws Exception {
    OkHttpClient base = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      throw new StackOverflowError("deep");
    }).build();
    Pinterest broken = pinterest.newBuilder().okHttpClient(base).build();
    PinterestInternalException sync = assertThrows(PinterestInternalException.class,
        () -> broken.pins().get(PinsGetParams.builder().pinId("123").build()));
    assertInstanceOf(StackOverflowError.class, sync.getCause());
    assertEquals("pins/get", sync.operationId());
    ExecutionException async = assertThrows(ExecutionException.class, () -> broken.pins().async().get(
        PinsGetParams.builder()
            .pinId("123")
            .build()).get(5, TimeUnit.SECONDS));
    assertInstanceOf(PinterestInternalException.class, async.getCause());
    base.dispatcher().executorService().shutdown();
  }

  private static String repeat(char c, int times) {
    char[] chars = new char[times];
    java.util.Arrays.fill(chars, c);
    return new String(chars);
  }

  private static String repeat(String s, int times) {
    StringBuilder out = new StringBuilder(s.length() * times);
    for (int i = 0; i < times; i++) {
      out.append(s);
    }
    return out.toString();
  }
}
