package io.github.pinterestapi.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.pinterestapi.extras.http.RateLimitBackend;
import io.github.pinterestapi.extras.http.RateLimitSnapshot;
import io.github.pinterestapi.extras.http.RateLimitedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One user's rate limits on Redis: a Bucket4j bucket per second for the user, one per minute
 * per category (per ad account for {@code ads_conversions}), and the shared cool-downs. The
 * cool-down read and both buckets go to Redis at once, so a permit costs about two round trips
 * however many limits apply. A permit taken from one bucket while the other refuses is given
 * back.
 *
 * <pre>{@code
 * Pinterest.builder().rateLimitBackend(fleet.user("user-42").rateLimits())
 * }</pre>
 */
final class RedisRateLimits implements RateLimitBackend {
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final RedisFleet fleet;
  private final RedisKeys keys;

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
  public void onResponse(RateLimitedCall call, int status, RateLimitSnapshot snapshot) {
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
    String minuteKey = minuteKey(call);
    CompletableFuture<Long> cooldown = fleet.connections().cooldowns.endsAt(cooldownKey(call));
    AsyncBucketProxy minute = fleet.bucket(minuteKey, minuteConfig(call, false));
    AsyncBucketProxy second = fleet.bucket(keys.perSecond(), secondConfig(false));
    CompletableFuture<ConsumptionProbe> minuteProbe = minute.tryConsumeAndReturnRemaining(1);
    CompletableFuture<ConsumptionProbe> secondProbe = second.tryConsumeAndReturnRemaining(1);
    long timeout = fleet.settings.commandTimeout.toMillis() * 2;
    CompletableFuture.allOf(cooldown, minuteProbe, secondProbe).get(timeout, TimeUnit.MILLISECONDS);

    long coolingMillis = cooldown.get() - now.toEpochMilli();
    ConsumptionProbe perMinute = minuteProbe.get();
    ConsumptionProbe perSecond = secondProbe.get();
    if (coolingMillis <= 0 && perMinute.isConsumed() && perSecond.isConsumed()) {
      return Duration.ZERO;
    }
    if (perMinute.isConsumed()) {
      minute.addTokens(1);
    }
    if (perSecond.isConsumed()) {
      second.addTokens(1);
    }
    long waitNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(Math.max(0, coolingMillis)),
        Math.max(waitOf(perMinute), waitOf(perSecond)));
    return atLeastAMillisecond(waitNanos);
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
}
