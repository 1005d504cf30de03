package io.github.pinterestapi.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.extras.http.RateLimitBackend;
import io.github.pinterestapi.extras.http.RateLimitPolicy;
import io.github.pinterestapi.extras.http.RateLimitSnapshot;
import io.github.pinterestapi.extras.http.RateLimitedCall;
import io.lettuce.core.cluster.SlotHash;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Budgets and cool-downs on a real Redis, on a clock the test moves. */
class RedisRateLimitsTest extends RedisTestBase {
  private static final RateLimitedCall PIN_GET = RateLimitedCall.of("pins/get", "org_read", (String) null);
  private static final RateLimitedCall PIN_CREATE = RateLimitedCall.of("pins/create", "org_write", (String) null);

  private final MutableClock clock = new MutableClock();

  private RedisFleet fleet(RateLimitTable limits) {
    return fleet(RedisFleet.builder(TestRedis.uri()).limits(limits));
  }

  private RedisFleet fleet(RedisFleetSettings.Builder builder) {
    return track(builder.appId("app-1").clock(clock));
  }

  private static RateLimitTable limits(long perSecond, long perMinute) {
    return RateLimitTable.standard().toBuilder().perSecond(perSecond).defaultPerMinute(perMinute)
        .build();
  }

  private int granted(RateLimitBackend backend, RateLimitedCall call, int asks) {
    int granted = 0;
    for (int i = 0; i < asks; i++) {
      if (backend.acquire(call, clock.instant()).isZero()) {
        granted++;
      }
    }
    return granted;
  }

  @Test
  void twoWorkersShareOneUsersPerSecondBudget() {
    RateLimitBackend first = fleet(limits(5, 1000)).user("alice").rateLimits();
    RateLimitBackend second = fleet(limits(5, 1000)).user("alice").rateLimits();

    assertEquals(3, granted(first, PIN_GET, 3));
    assertEquals(2, granted(second, PIN_CREATE, 10));
    clock.advance(Duration.ofMillis(250));
    assertEquals(Duration.ofMillis(750), second.acquire(PIN_GET, clock.instant()),
        "the wait ends at the next whole second, when the budget refills");

    clock.advance(Duration.ofMillis(750));
    assertEquals(5, granted(first, PIN_GET, 10));
  }

  @Test
  void eachUserHasTheirOwnBudgets() {
    RedisFleet fleet = fleet(limits(2, 1000));
    assertEquals(2, granted(fleet.user("alice").rateLimits(), PIN_GET, 5));
    assertEquals(2, granted(fleet.user("bob").rateLimits(), PIN_GET, 5));
  }

  @Test
  void perMinuteBudgetsAreKeptPerCategoryFromTheOverridableTable() {
    RateLimitTable table = limits(1000, 1000).toBuilder().perMinute("org_write", 3).build();
    RateLimitBackend alice = fleet(table).user("alice").rateLimits();

    assertEquals(3, granted(alice, PIN_CREATE, 5));
    assertEquals(5, granted(alice, PIN_GET, 5), "another category is not held back");
    clock.advance(Duration.ofSeconds(30));
    assertEquals(Duration.ofSeconds(30), alice.acquire(PIN_CREATE, clock.instant()));
    clock.advance(Duration.ofSeconds(30));
    assertEquals(3, granted(alice, PIN_CREATE, 5));
  }

  @Test
  void conversionsAreCountedPerAdAccountAcrossUsers() {
    RedisFleet fleet = fleet(limits(1000, 1000).toBuilder().conversionsPerMinute(4).build());
    RateLimitedCall account1 = RateLimitedCall.of("events/create", "ads_conversions", "111");
    RateLimitedCall account2 = RateLimitedCall.of("events/create", "ads_conversions", "222");

    assertEquals(2, granted(fleet.user("alice").rateLimits(), account1, 2));
    assertEquals(2, granted(fleet.user("bob").rateLimits(), account1, 5));
    assertEquals(4, granted(fleet.user("bob").rateLimits(), account2, 5));
  }

  @Test
  void aSpentWindowReportedByOneWorkerHoldsBackEveryWorkerUntilItResets() {
    RateLimitBackend first = fleet(limits(1000, 1000)).user("alice").rateLimits();
    RateLimitBackend second = fleet(limits(1000, 1000)).user("alice").rateLimits();

    first.onResponse(PIN_GET, 200, exhausted(Duration.ofSeconds(20)));
    assertEquals(Duration.ofSeconds(20), second.acquire(PIN_GET, clock.instant()));
    assertEquals(Duration.ZERO, second.acquire(PIN_CREATE, clock.instant()));

    // A shorter reset arriving later does not shorten the cool-down; a longer one extends it.
    second.onResponse(PIN_GET, 429, exhausted(Duration.ofSeconds(5)));
    assertEquals(Duration.ofSeconds(20), first.acquire(PIN_GET, clock.instant()));
    second.onResponse(PIN_GET, 429, exhausted(Duration.ofSeconds(40)));
    assertEquals(Duration.ofSeconds(40), first.acquire(PIN_GET, clock.instant()));
    long ttl = TestRedis.commands().pttl("pinterest:{app-1:alice}:cooldown:org_read");
    assertTrue(ttl > 40_000 && ttl <= 41_000, "the cool-down expires after its end: " + ttl);

    clock.advance(Duration.ofSeconds(40));
    assertEquals(Duration.ZERO, first.acquire(PIN_GET, clock.instant()));
  }

  @Test
  void oneUsersKeysShareAClusterSlot() {
    RedisFleet fleet = fleet(limits(1000, 1000));
    RateLimitBackend alice = fleet.user("alice").rateLimits();
    alice.acquire(PIN_GET, clock.instant());
    alice.acquire(PIN_CREATE, clock.instant());
    alice.onResponse(PIN_GET, 429, exhausted(Duration.ofSeconds(5)));
    fleet.user("alice").tokenStore().save(io.github.pinterestapi.extras.oauth.Token.builder("pina_x").build());

    List<String> keys = TestRedis.commands().keys("pinterest:*");
    assertEquals(5, keys.size(), keys::toString);
    assertEquals(1, keys.stream().map(SlotHash::getSlot).collect(Collectors.toSet()).size(),
        keys::toString);
  }

  @Test
  void withoutRedisEachWorkerKeepsToItsShareOfTheLimitByDefault() {
    RedisFleet fleet = fleet(RedisFleet.builder(unreachableRedis())
        .limits(limits(8, 1000)).fleetSize(4).commandTimeout(Duration.ofMillis(200)));
    RateLimitBackend alice = fleet.user("alice").rateLimits();

    assertEquals(2, granted(alice, PIN_GET, 10));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(2, granted(alice, PIN_GET, 10));
  }

  @Test
  void withoutRedisTheWaitPolicyHoldsCallsBack() {
    RedisFleet fleet = fleet(RedisFleet.builder(unreachableRedis())
        .whenUnavailable(RedisUnavailable.WAIT).unavailableRetry(Duration.ofMillis(700))
        .commandTimeout(Duration.ofMillis(200)));

    assertEquals(Duration.ofMillis(700), fleet.user("alice").rateLimits()
        .acquire(PIN_GET, clock.instant()));
  }

  private RateLimitSnapshot exhausted(Duration reset) {
    return new RateLimitSnapshot("org_read", 100,
        List.of(new RateLimitPolicy(100, Duration.ofSeconds(60))), 0, reset, clock.instant());
  }
}
