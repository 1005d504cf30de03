package io.github.pinterestapi.redis;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.time.Instant;

/**
 * Bucket4j configurations for Pinterest's windows: the whole budget refills at once at each
 * whole second or minute of the wall clock, so that no window of the clock ever sees more calls
 * than the limit (a greedy refill would let up to twice the limit through around a boundary).
 *
 * <pre>{@code
 * BucketConfiguration perSecond = BucketLimits.perWindow(100, Duration.ofSeconds(1));
 * }</pre>
 */
final class BucketLimits {
  private BucketLimits() {}

  static BucketConfiguration perWindow(long calls, Duration window) {
    // Any whole multiple of the window since the epoch aligns refills to the clock's windows.
    Instant aligned = Instant.ofEpochSecond(0);
    return BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(calls)
            .refillIntervallyAligned(calls, window, aligned).build())
        .build();
  }
}
