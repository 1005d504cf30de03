package io.github.pinterestapi.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.pinterestapi.extras.http.RateLimitBackend;
import io.github.pinterestapi.extras.http.RateLimitSnapshot;
import io.github.pinterestapi.extras.http.RateLimitedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * One user's rate limits on Redis: a Bucket4j bucket per second for the user, one per minute
 * per category (per ad account for {@code ads_conversions}), and the shared cool-downs. The
 * cool-down read and both buckets go to Redis at once, so a permit costs one round trip however
 * many limits apply (two when another worker wrote a bucket in between). A token taken from one
 * bucket while the other refuses is given back, unless its window is about to end.
 *
 * <pre>{@code
 * Pinterest.builder().rateLimitBackend(fleet.user("user-42").rateLimits())
 * }</pre>
 */
final class RedisRateLimits implements RateLimitBackend {
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /**
   * How long before a window ends a refund is still sent: far more than a refund takes on a
   * healthy Redis (one round trip), so it lands before the window turns.
   */
  private static final long REFUND_MARGIN_MILLIS = 50;
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final RedisFleet fleet;
  private final RedisKeys keys;
  private final Map<String, Budgets> budgets = new ConcurrentHashMap<>();

  RedisRateLimits(RedisFleet fleet, RedisKeys keys) {
    this.fleet = fleet;
    this.keys = keys;
  }

  @Override
  public Duration acquire(RateLimitedCall call, Instant now) {
    if (!fleet.health.shouldTry(now)) {
      return whileUnavailable(call);
    }
    try {
      Duration wait = acquireShared(call, now);
      fleet.health.succeeded();
      return wait;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      fleet.health.failed(now);
      return whileUnavailable(call);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return whileUnavailable(call);
    }
  }

  @Override
  public void onResponse(RateLimitedCall call, int status,
      @Nullable RateLimitSnapshot snapshot) {
    boolean spent = status == 429 || (snapshot != null && snapshot.isExhausted());
    if (!spent || !fleet.health.shouldTry(fleet.clock.instant())) {
      return;
    }
    Instant now = fleet.clock.instant();
    Instant resetAt = snapshot == null ? null : snapshot.resetAt();
    if (resetAt == null || !resetAt.isAfter(now)) {
      // A 429 that says nothing about when: hold the category back for a second.
      resetAt = now.plus(SECOND);
    }
    try {
      // Waited for, so that a peer asking right after this response already sees it.
      fleet.connections().cooldowns.extendTo(cooldownKey(call), resetAt, now)
          .get(fleet.settings.commandTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      fleet.health.failed(now);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Duration acquireShared(RateLimitedCall call, Instant now)
      throws ExecutionException, TimeoutException, InterruptedException {
    Budgets budgets = budgetsOf(call);
    // All three leave at once on one connection; with Bucket4j's reads answered from this
    // process's last writes (KnownBucketStates), a permit costs one round trip.
    CompletableFuture<Long> cooldown = fleet.connections().cooldowns.endsAt(budgets.cooldownKey);
    CompletableFuture<ConsumptionProbe> minuteProbe = budgets.minute.tryConsumeAndReturnRemaining(1);
    CompletableFuture<ConsumptionProbe> secondProbe = budgets.second.tryConsumeAndReturnRemaining(1);
    long timeout = fleet.settings.commandTimeout.toMillis() * 2;
    CompletableFuture.allOf(cooldown, minuteProbe, secondProbe).get(timeout, TimeUnit.MILLISECONDS);

    long coolingMillis = cooldown.get() - now.toEpochMilli();
    ConsumptionProbe perMinute = minuteProbe.get();
    ConsumptionProbe perSecond = secondProbe.get();
    if (coolingMillis <= 0 && perMinute.isConsumed() && perSecond.isConsumed()) {
      return Duration.ZERO;
    }
    long nowMillis = fleet.clock.millis();
    CompletableFuture<?> minuteRefund = perMinute.isConsumed()
        ? refund(budgets.minute, MINUTE, nowMillis) : DONE;
    CompletableFuture<?> secondRefund = perSecond.isConsumed()
        ? refund(budgets.second, SECOND, nowMillis) : DONE;
    try {
      // Waited for, so that the token is back before this caller (or a peer it signals) asks again.
      CompletableFuture.allOf(minuteRefund, secondRefund).get(timeout, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // The token stays spent: the call is held back all the same, and Redis decides the next one.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long waitNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(Math.max(0, coolingMillis)),
        Math.max(waitOf(perMinute), waitOf(perSecond)));
    // Less the time the refunds took, so that this caller wakes when the window turns, with its
    // peers: one that woke late at every turn would lose the race for the budget again and again.
    long refunding = TimeUnit.MILLISECONDS.toNanos(fleet.clock.millis() - nowMillis);
    return atLeastAMillisecond(waitNanos - refunding);
  }

  /**
   * Gives back a token this call took but will not use, as long as it lands in the window it was
   * taken from: a refund applied after the window turned would add a token to the next window's
   * full budget, one call over the limit. So near a window's end the token is left unused (the
   * budget refills moments later) rather than risk that.
   */
  private static CompletableFuture<?> refund(AsyncBucketProxy bucket, Duration window,
      long nowMillis) {
    if (BucketLimits.millisLeftInWindow(window, nowMillis) <= REFUND_MARGIN_MILLIS) {
      return DONE;
    }
    return bucket.addTokens(1);
  }

  /** The keys and buckets for calls like {@code call}, made on first use. */
  private Budgets budgetsOf(RateLimitedCall call) {
    String kind = isConversions(call) ? call.category() + "@" + call.adAccountId() : call.category();
    Budgets known = budgets.get(kind);
    if (known != null) {
      return known;
    }
    Budgets made = new Budgets(cooldownKey(call),
        fleet.bucket(minuteKey(call), minuteConfig(call, false)),
        fleet.bucket(keys.perSecond(), secondConfig(false)));
    Budgets raced = budgets.putIfAbsent(kind, made);
    return raced == null ? made : raced;
  }

  private Duration whileUnavailable(RateLimitedCall call) {
    if (fleet.settings.whenUnavailable == RedisUnavailable.WAIT) {
      return fleet.settings.unavailableRetry;
    }
    LocalShare local = fleet.localShare;
    String minuteKey = minuteKey(call);
    ConsumptionProbe perMinute = local.tryConsume(minuteKey, minuteConfig(call, true));
    if (!perMinute.isConsumed()) {
      return atLeastAMillisecond(perMinute.getNanosToWaitForRefill());
    }
    ConsumptionProbe perSecond = local.tryConsume(keys.perSecond(), secondConfig(true));
    if (!perSecond.isConsumed()) {
      local.refund(minuteKey);
      return atLeastAMillisecond(perSecond.getNanosToWaitForRefill());
    }
    return Duration.ZERO;
  }

  private boolean isConversions(RateLimitedCall call) {
    return RateLimitTable.ADS_CONVERSIONS.equals(call.category()) && call.adAccountId() != null;
  }

  private String minuteKey(RateLimitedCall call) {
    return isConversions(call) ? keys.adAccountPerMinute(call.adAccountId(), call.category())
        : keys.perMinute(call.category());
  }

  private String cooldownKey(RateLimitedCall call) {
    return isConversions(call) ? keys.adAccountCooldown(call.adAccountId(), call.category())
        : keys.cooldown(call.category());
  }

  /** @param localShare this worker's share of the limit, for when Redis is unreachable */
  private BucketConfiguration minuteConfig(RateLimitedCall call, boolean localShare) {
    RateLimitTable table = fleet.settings.limits;
    long calls = isConversions(call) ? table.conversionsPerMinute() : table.perMinute(call.category());
    return BucketLimits.perWindow(localShare ? fleet.localShare.share(calls) : calls, MINUTE);
  }

  private BucketConfiguration secondConfig(boolean localShare) {
    long calls = fleet.settings.limits.perSecond();
    return BucketLimits.perWindow(localShare ? fleet.localShare.share(calls) : calls, SECOND);
  }

  private static long waitOf(ConsumptionProbe probe) {
    return probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill();
  }

  private static Duration atLeastAMillisecond(long nanos) {
    return Duration.ofNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(1), nanos));
  }

  /** What one kind of call asks Redis for: its cool-down, its per-minute and per-second buckets. */
  private static final class Budgets {
    final String cooldownKey;
    final AsyncBucketProxy minute;
    final AsyncBucketProxy second;

    Budgets(String cooldownKey, AsyncBucketProxy minute, AsyncBucketProxy second) {
      this.cooldownKey = cooldownKey;
      this.minute = minute;
      this.second = second;
    }
  }
}
