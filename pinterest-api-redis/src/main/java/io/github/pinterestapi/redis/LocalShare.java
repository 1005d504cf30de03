package io.github.pinterestapi.redis;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-process buckets a worker falls back to while Redis is unreachable: each limit divided
 * by the fleet size, so that a fleet of workers doing the same stays within the shared budget.
 *
 * <pre>{@code
 * ConsumptionProbe probe = localShare.tryConsume("pinterest:{app:user}:second", config);
 * }</pre>
 */
final class LocalShare {
  private final int fleetSize;
  private final TimeMeter time;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  LocalShare(int fleetSize, Clock clock) {
    this.fleetSize = fleetSize;
    this.time = RedisConnections.wallClock(clock);
  }

  /** This worker's share of {@code calls}: at least one call per window. */
  long share(long calls) {
    return Math.max(1, calls / fleetSize);
  }

  ConsumptionProbe tryConsume(String key, BucketConfiguration share) {
    return buckets.computeIfAbsent(key, k -> Bucket.builder()
            .addLimit(share.getBandwidths()[0]).withCustomTimePrecision(time).build())
        .tryConsumeAndReturnRemaining(1);
  }

  void refund(String key) {
    Bucket bucket = buckets.get(key);
    if (bucket != null) {
      bucket.addTokens(1);
    }
  }
}
