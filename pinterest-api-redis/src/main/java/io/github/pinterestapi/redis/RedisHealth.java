package io.github.pinterestapi.redis;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether Redis answered lately. After a failure the rate limiter stops asking for a short
 * while, so that an outage costs one timeout per interval rather than one per call.
 */
final class RedisHealth {
  private final Duration retryInterval;
  private volatile long downUntilMillis;

  RedisHealth(Duration retryInterval) {
    this.retryInterval = retryInterval;
  }

  boolean shouldTry(Instant now) {
    return now.toEpochMilli() >= downUntilMillis;
  }

  void failed(Instant now) {
    downUntilMillis = now.plus(retryInterval).toEpochMilli();
  }

  void succeeded() {
    downUntilMillis = 0;
  }
}
