package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestAuthenticationException;
import io.github.pinterestapi.errors.PinterestIoException;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.errors.PinterestServerException;
import io.github.pinterestapi.extras.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fault switches, seen through the real client's retries. Nothing here sleeps for real. */
class FaultsTest {
  private final FakeClock clock = new FakeClock();

  @RegisterExtension
  final FakePinterest fake = FakePinterest.builder().clock(clock).build();

  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private Pinterest client(RetryPolicy retries) {
    return Clients.against(fake, waits).retryPolicy(retries).build();
  }

  @Test
  void rateLimitThenSuccess() {
    fake.faults().rateLimitNext(2);
    try (Pinterest pinterest = client(RetryPolicy.defaults())) {
      pinterest.boards().list();
    }
    assertEquals(List.of(429, 429, 200), statuses());
    assertTrue(waits.contains(Duration.ofSeconds(1)), "Retry-After was honoured: " + waits);
    assertTrue(waits.stream().allMatch(wait -> wait.compareTo(Duration.ofSeconds(1)) <= 0),
        "on a fake sleeper, never longer than asked: " + waits);
    assertEquals(0, fake.faults().pending());
  }

  @Test
  void rateLimitWithoutRetriesCarriesRetryAfter() {
    fake.faults().rateLimitNext(1, Duration.ofSeconds(30));
    try (Pinterest pinterest = client(RetryPolicy.none())) {
      PinterestRateLimitException limited = assertThrows(PinterestRateLimitException.class,
          () -> pinterest.boards().list());
      assertEquals(Duration.ofSeconds(30), limited.retryAfter().orElseThrow());
      assertEquals(8, limited.code());
    }
  }

  @Test
  void serverErrorThenSuccess() {
    fake.faults().serverErrorNext(1, 503);
    try (Pinterest pinterest = client(RetryPolicy.defaults())) {
      pinterest.userAccount().get();
    }
    assertEquals(List.of(503, 200), statuses());
    fake.faults().serverErrorNext(1);
    try (Pinterest pinterest = client(RetryPolicy.none())) {
      assertThrows(PinterestServerException.class,
          () -> pinterest.userAccount().get());
    }
  }

  @Test
  void droppedConnectionIsRetriedForGets() {
    fake.faults().disconnectNext(1);
    try (Pinterest pinterest = client(RetryPolicy.defaults())) {
      pinterest.boards().list();
    }
    assertEquals(List.of(0, 200), statuses());
  }

  @Test
  void droppedConnectionsFailWithoutRetries() {
    fake.faults().disconnectNext(1).disconnectDuringBodyNext(1);
    fake.addBoard("Big enough to cut a body in half");
    try (Pinterest pinterest = client(RetryPolicy.none())) {
      assertThrows(PinterestIoException.class,
          () -> pinterest.boards().list());
      assertThrows(PinterestIoException.class,
          () -> pinterest.boards().list());
      assertEquals(1, pinterest.boards().list()
          .getItems().size());
    }
  }

  @Test
  void slowResponsesArriveLateOrTimeOut() {
    fake.faults().slowNext(1, Duration.ofMillis(20));
    try (Pinterest pinterest = client(RetryPolicy.none())) {
      pinterest.boards().list();
    }
    fake.faults().slowNext(1, Duration.ofMillis(200));
    try (Pinterest impatient = Clients.against(fake, waits).retryPolicy(RetryPolicy.none())
        .readTimeout(Duration.ofMillis(50)).build()) {
      assertThrows(PinterestIoException.class,
          () -> impatient.boards().list());
    }
  }

  @Test
  void expiredTokenFault() {
    fake.faults().expiredTokenNext(1);
    try (Pinterest pinterest = client(RetryPolicy.none())) {
      assertThrows(PinterestAuthenticationException.class,
          () -> pinterest.boards().list());
      pinterest.boards().list();
    }
  }

  @Test
  void faultsCanBeScopedToOneOperation() {
    fake.faults().forOperation("pins/list").serverErrorNext(1);
    try (Pinterest pinterest = client(RetryPolicy.none())) {
      pinterest.boards().list();
      assertEquals(1, fake.faults().pending());
      assertThrows(PinterestServerException.class, () -> pinterest.pins().list());
      assertEquals(0, fake.faults().pending());
    }
  }

  @Test
  void realRateLimitByTheFakeClock() {
    FakePinterest strict = FakePinterest.builder().clock(clock)
        .rateLimit(2, Duration.ofMinutes(1)).build().start();
    try {
      assertEquals("1", Clients.call(strict, "GET", "boards", strict.accessToken(), null)
          .headers.get("X-RateLimit-Remaining"));
      Clients.call(strict, "GET", "boards", strict.accessToken(), null);
      Clients.Raw limited = Clients.call(strict, "GET", "boards", strict.accessToken(), null);
      assertEquals(429, limited.status);
      assertEquals("0", limited.headers.get("X-RateLimit-Remaining"));
      assertEquals("60", limited.headers.get("Retry-After"));
      assertEquals(200, Clients.call(strict, "GET", "ad_accounts", strict.accessToken(), null).status,
          "ads_read has its own budget");
      clock.advance(Duration.ofMinutes(1));
      assertEquals(200, Clients.call(strict, "GET", "boards", strict.accessToken(), null).status);
    } finally {
      strict.close();
    }
  }

  @Test
  void everyApiResponseCarriesPinterestHeaders() {
    for (String path : new String[] {"boards", "boards/404", "nowhere"}) {
      Clients.Raw raw = Clients.call(fake, "GET", path, fake.accessToken(), null);
      assertNotNull(raw.headers.get("x-pinterest-rid"), path);
      assertNotNull(raw.headers.get("X-RateLimit-Limit"), path);
      assertNotNull(raw.headers.get("X-RateLimit-Remaining"), path);
      assertNotNull(raw.headers.get("X-RateLimit-Reset"), path);
    }
    assertTrue(fake.requests().get(0).header("Authorization").startsWith("Bearer "));
  }

  private List<Integer> statuses() {
    return fake.requests().stream().map(RecordedCall::status).toList();
  }
}
