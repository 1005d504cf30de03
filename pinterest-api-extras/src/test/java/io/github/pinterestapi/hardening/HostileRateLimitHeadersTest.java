package io.github.pinterestapi.hardening;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.pinterestError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.extras.http.RetryPolicy;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Rate-limit and retry headers from a hostile or broken server never throw, never lock calls out
 * for longer than the documented maximum, and every wait of a call draws on one budget.
 */
@Execution(ExecutionMode.CONCURRENT) // Beside the other classes: it mostly waits on its server.
class HostileRateLimitHeadersTest {
  private static final List<String> HOSTILE = Arrays.asList("-1", "-99999999999999999999",
      "99999999999999999999999", "1e400", "NaN", "Infinity", "-Infinity", "0x10", "", " ",
      "garbage", "Tue, 99 Foo 9999 99:99:99 GMT", "1735689600000", "17356896000000000",
      "9223372036854775807", "2147483648", "99999999999");

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pinterest = TestClients.against(server, time).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() throws IOException {
    pinterest.close();
    server.shutdown();
  }

  private MockResponse withHeaders(MockResponse response, String value) {
    return response.setHeader("X-RateLimit-Reset", value).setHeader("X-RateLimit-Remaining", value)
        .setHeader("X-RateLimit-Limit", value + ", " + value + ";w=" + value)
        .setHeader("Retry-After", value);
  }

  @Test
  void hostileValuesNeverThrowOnAnyStatusSyncOrAsync() throws Exception {
    for (String value : HOSTILE) {
      for (int status : new int[] {200, 429, 503, 408, 500}) {
        time.advance(Duration.ofDays(2)); // Whatever lockout the last answer set is over.
        MockResponse answer = status == 200 ? json(200, PIN_JSON) : pinterestError(status, 1, "x");
        server.enqueue(withHeaders(answer, value));
        boolean async = status % 2 == 0;
        try {
          if (async) {
            pinterest.pins().async().get(PinsGetParams.builder()
                .pinId("1")
                .build()).get(5, TimeUnit.SECONDS);
          } else {
            pinterest.pins().get(PinsGetParams.builder().pinId("1").build());
          }
          assertEquals(200, status, "value " + value);
        } catch (ExecutionException e) {
          assertInstanceOf(PinterestException.class, e.getCause(), value + " on " + status);
        } catch (PinterestException e) {
          assertTrue(status != 200, value + " on 200 threw " + e);
        }
      }
    }
    assertEquals(HOSTILE.size() * 5, server.getRequestCount(), "every call was sent, once");
  }

  @Test
  void aLockoutNeverOutlastsTheMaximumWait() {
    Pinterest waiting = pinterest.newBuilder().maxRateLimitWait(Duration.ofSeconds(30)).build();
    // Exhausted, with a reset a year away (epoch seconds).
    long yearAhead = time.instant().plus(Duration.ofDays(365)).getEpochSecond();
    server.enqueue(json(200, PIN_JSON).setHeader("X-RateLimit-Remaining", "0")
        .setHeader("X-RateLimit-Reset", Long.toString(yearAhead)));
    waiting.pins().get(PinsGetParams.builder().pinId("1").build());
    PinterestRateLimitException refused = assertThrows(PinterestRateLimitException.class,
        () -> waiting.pins().get(PinsGetParams.builder().pinId("1").build()));
    assertFalse(refused.wasSent());
    assertEquals(1, server.getRequestCount());
    time.advance(Duration.ofSeconds(30));
    server.enqueue(json(200, PIN_JSON));
    waiting.pins().get(PinsGetParams.builder().pinId("1").build());
    assertEquals(2, server.getRequestCount(), "sent again once the maximum wait has passed");
  }

  @Test
  void rateLimitWaitsAndRetryBackoffShareOneBudget() {
    Pinterest budgeted = TestClients.against(server, time).maxRateLimitWait(Duration.ofSeconds(60))
        .retryPolicy(RetryPolicy.builder().maxTotalWait(Duration.ofSeconds(10)).build()).build();
    // Exhausted for 8 s, answered 503: the retry's backoff (0.5 s) plus the 8 s wait fit the
    // 10 s budget once; the second retry would need 8 s more, beyond it.
    MockResponse exhausted503 = pinterestError(503, 1, "busy").setHeader("X-RateLimit-Remaining", "0")
        .setHeader("X-RateLimit-Reset", "8");
    server.enqueue(exhausted503);
    server.enqueue(exhausted503);
    server.enqueue(json(200, PIN_JSON));
    PinterestException e = assertThrows(PinterestException.class,
        () -> budgeted.pins().get(PinsGetParams.builder().pinId("1").build()));
    assertTrue(time.totalWait().compareTo(Duration.ofSeconds(10)) <= 0, "waited " + time.totalWait());
    assertEquals(2, server.getRequestCount());
    assertInstanceOf(PinterestRateLimitException.class, e);
    assertFalse(((PinterestRateLimitException) e).wasSent());
  }
}
