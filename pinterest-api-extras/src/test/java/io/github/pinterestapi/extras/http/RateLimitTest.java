package io.github.pinterestapi.extras.http;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.PinterestRateLimitException;

class RateLimitTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final List<RateLimitSnapshot> seen = Collections.synchronizedList(new ArrayList<>());
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pinterest = TestClients.against(server, time).rateLimitListener(seen::add).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static MockResponse limited(String remaining, String reset) {
    return json(200, PIN_JSON)
        .setHeader("X-RateLimit-Limit", "100, 100;w=1, 1000;w=60")
        .setHeader("X-RateLimit-Remaining", remaining)
        .setHeader("X-RateLimit-Reset", reset);
  }

  private void getPin() {
    pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
  }

  @Test
  void policyListParses() {
    assertEquals(Arrays.asList(new RateLimitPolicy(100, null),
            new RateLimitPolicy(100, Duration.ofSeconds(1)),
            new RateLimitPolicy(1000, Duration.ofSeconds(60))),
        RateLimitPolicy.parseList("100, 100;w=1, 1000;w=60"));
    assertEquals(Arrays.asList(new RateLimitPolicy(5, Duration.ofSeconds(10))),
        RateLimitPolicy.parseList("junk, 5;w=10;burst=2"));
    assertTrue(RateLimitPolicy.parseList(null).isEmpty());
  }

  @Test
  void listenerSeesImmutableSnapshotsPerCategory() {
    server.enqueue(limited("42", "30"));
    getPin();
    assertEquals(1, seen.size());
    RateLimitSnapshot snapshot = seen.get(0);
    assertEquals("org_read", snapshot.category());
    assertEquals(100, snapshot.limit());
    assertEquals(3, snapshot.policies().size());
    assertEquals(42, snapshot.remaining());
    assertEquals(Duration.ofSeconds(30), snapshot.resetAfter());
    assertEquals(time.instant().plusSeconds(30), snapshot.resetAt());
    assertFalse(snapshot.isExhausted());
    assertThrows(UnsupportedOperationException.class, () -> snapshot.policies().clear());
    assertEquals(snapshot, pinterest.rateLimits().current("org_read").get());
  }

  @Test
  void responsesWithoutHeadersLeaveNoSnapshot() {
    server.enqueue(json(200, PIN_JSON));
    getPin();
    assertTrue(seen.isEmpty());
    assertTrue(pinterest.rateLimits().all().isEmpty());
  }

  @Test
  void exhaustedCategoryWaitsForTheResetBeforeSending() {
    server.enqueue(limited("0", "12"));
    server.enqueue(limited("99", "60"));
    getPin();
    assertEquals(Collections.emptyList(), time.waits());
    getPin();
    assertEquals(Arrays.asList(Duration.ofSeconds(12)), time.waits());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void otherCategoriesAreNotHeldBack() {
    server.enqueue(limited("0", "12")); // org_read now exhausted
    server.enqueue(json(201, PIN_JSON));
    getPin();
    pinterest.pins().create(PinsCreateParams.builder()
        .body(TestClients.newPin())
        .build()); // org_write
    assertEquals(Collections.emptyList(), time.waits());
  }

  @Test
  void resetAlreadyPassedMeansNoWait() {
    server.enqueue(limited("0", "5"));
    server.enqueue(json(200, PIN_JSON));
    getPin();
    time.advance(Duration.ofSeconds(6));
    getPin();
    assertEquals(Collections.emptyList(), time.waits());
  }

  @Test
  void waitLongerThanAllowedFailsUnsent() {
    pinterest = pinterest.newBuilder().maxRateLimitWait(Duration.ofSeconds(10)).build();
    server.enqueue(limited("0", "600"));
    getPin();
    PinterestRateLimitException e = assertThrows(PinterestRateLimitException.class, this::getPin);
    assertFalse(e.wasSent());
    assertEquals(Duration.ofSeconds(600), e.retryAfter().get());
    assertTrue(e.getMessage().contains("org_read"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void a429WithoutCountsStillMarksTheCategoryExhausted() {
    pinterest = pinterest.newBuilder().retryPolicy(RetryPolicy.none()).build();
    server.enqueue(json(429, "{\"code\":29,\"message\":\"slow\"}").setHeader("Retry-After", "4"));
    server.enqueue(json(200, PIN_JSON));
    assertThrows(PinterestRateLimitException.class, this::getPin);
    assertTrue(pinterest.rateLimits().current("org_read").get().isExhausted());
    getPin();
    assertEquals(Arrays.asList(Duration.ofSeconds(4)), time.waits());
  }

  @Test
  void listenerExceptionsDoNotFailCalls() {
    pinterest = pinterest.newBuilder().rateLimitListener(s -> {
      throw new IllegalStateException("metrics down");
    }).build();
    server.enqueue(limited("5", "5"));
    getPin();
    assertEquals(5, pinterest.rateLimits().current("org_read").get().remaining());
  }
}
