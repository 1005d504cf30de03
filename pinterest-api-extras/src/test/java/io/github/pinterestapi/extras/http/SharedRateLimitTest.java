package io.github.pinterestapi.extras.http;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hook a shared backend plugs into: permits before sending, responses after. */
class SharedRateLimitTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final ScriptedBackend backend = new ScriptedBackend();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private Pinterest client(Duration maxWait) {
    return TestClients.against(server, time).rateLimitBackend(backend).maxRateLimitWait(maxWait)
        .build();
  }

  @Test
  void waitsAsLongAsTheBackendSaysThenSendsAndReportsTheResponse() {
    backend.answers.addAll(Arrays.asList(Duration.ofMillis(300), Duration.ofMillis(200),
        Duration.ZERO));
    server.enqueue(json(200, PIN_JSON).setHeader("X-RateLimit-Remaining", "0")
        .setHeader("X-RateLimit-Reset", "7"));
    Pinterest pinterest = client(Duration.ofSeconds(60));

    pinterest.pins().get(PinsGetParams.builder().pinId("123").build());

    assertEquals(Arrays.asList(Duration.ofMillis(300), Duration.ofMillis(200)), time.waits());
    assertEquals(3, backend.asked.size());
    assertEquals("org_read", backend.asked.get(0).category());
    assertEquals(time.instant(), backend.askedAt.get(2));
    assertEquals(1, backend.reported.size());
    RateLimitSnapshot snapshot = backend.reported.get(0);
    assertEquals(0, snapshot.remaining());
    assertEquals(time.instant().plusSeconds(7), snapshot.resetAt());
  }

  @Test
  void aWaitBeyondTheLimitFailsUnsent() {
    backend.answers.add(Duration.ofSeconds(30));
    Pinterest pinterest = client(Duration.ofSeconds(10));

    PinterestRateLimitException e = assertThrows(PinterestRateLimitException.class,
        () -> pinterest.pins().get(PinsGetParams.builder().pinId("123").build()));

    assertFalse(e.wasSent());
    assertEquals(0, server.getRequestCount());
    assertEquals(Duration.ZERO, time.totalWait());
  }

  @Test
  void theAdAccountInThePathIsPartOfTheCall() {
    assertEquals("549755885175", RateLimitedCall.of("events/create", "ads_conversions",
        Arrays.asList("v5", "ad_accounts", "549755885175", "events")).adAccountId());
    assertNull(RateLimitedCall.of("pins/get", "org_read", Arrays.asList("v5", "pins", "1"))
        .adAccountId());
  }

  /** Answers waits from a script; records what it was asked and told. */
  private static final class ScriptedBackend implements RateLimitBackend {
    final Deque<Duration> answers = new ArrayDeque<>();
    final List<RateLimitedCall> asked = new ArrayList<>();
    final List<Instant> askedAt = new ArrayList<>();
    final List<RateLimitSnapshot> reported = new ArrayList<>();

    @Override
    public synchronized Duration acquire(RateLimitedCall call, Instant now) {
      asked.add(call);
      askedAt.add(now);
      return answers.isEmpty() ? Duration.ZERO : answers.removeFirst();
    }

    @Override
    public synchronized void onResponse(RateLimitedCall call, int status,
        RateLimitSnapshot snapshot) {
      reported.add(snapshot);
    }
  }
}
