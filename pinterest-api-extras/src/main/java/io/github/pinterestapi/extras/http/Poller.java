package io.github.pinterestapi.extras.http;

import io.github.pinterestapi.extras.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import io.github.pinterestapi.errors.OperationCancelledException;
import io.github.pinterestapi.errors.PollTimeoutException;

/**
 * Asks Pinterest for the status of something slow (a media upload, an async report) until it is
 * final, waiting longer between asks each time, within a time budget. Immutable and thread-safe.
 *
 * <pre>{@code
 * Poller poller = Poller.builder().timeout(Duration.ofMinutes(5)).build();
 * Media media = poller.await("media " + id,
 *     () -> pinterest.media().get(MediaGetParams.builder().mediaId(id).build()),
 *     m -> MediaUploadStatus.SUCCEEDED.equals(m.getStatus()), Cancellation.NONE);
 * }</pre>
 *
 * <p>The waits are {@code initialInterval}, then each {@code multiplier} times the last, capped at
 * {@code maxInterval}; there is no jitter, since each poll is one cheap GET. The last wait is cut
 * short so that one final ask lands on the deadline. Each ask is an ordinary client call, so the
 * client's rate limiter and retries apply to it too.
 */
public final class Poller {
  private final Duration initialInterval;
  private final Duration maxInterval;
  private final double multiplier;
  private final Duration timeout;
  private final Clock clock;
  private final Sleeper sleeper;

  private Poller(Builder builder) {
    this.initialInterval = builder.initialInterval;
    this.maxInterval = builder.maxInterval;
    this.multiplier = builder.multiplier;
    this.timeout = builder.timeout;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
  }

  /** 2 s, growing 1.5× to at most 30 s between asks, for up to 10 minutes, on the system clock. */
  public static Poller defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This poller with another time budget. */
  public Poller withTimeout(Duration timeout) {
    return toBuilder().timeout(timeout).build();
  }

  public Duration timeout() {
    return timeout;
  }

  /**
   * Calls {@code check} until {@code isFinal} accepts its answer, and returns that answer.
   *
   * @param subject what is awaited, for messages, such as {@code media 12345}
   * @throws PollTimeoutException when the budget runs out first
   * @throws OperationCancelledException when {@code cancellation} is cancelled between asks
   */
  public <T> T await(
      String subject, Supplier<T> check, Predicate<? super T> isFinal, Cancellation cancellation) {
    Instant deadline = clock.instant().plus(timeout);
    Duration interval = initialInterval;
    while (true) {
      stopIfCancelled(subject, cancellation);
      T answer = check.get();
      if (isFinal.test(answer)) {
        return answer;
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isZero() || left.isNegative()) {
        throw new PollTimeoutException(subject, timeout, answer);
      }
      sleep(subject, interval.compareTo(left) < 0 ? interval : left);
      interval = next(interval);
    }
  }

  private Duration next(Duration interval) {
    double grown = interval.toMillis() * multiplier;
    long millis = (long) Math.min(grown, (double) maxInterval.toMillis());
    return Duration.ofMillis(Math.max(millis, 1));
  }

  private void sleep(String subject, Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // Keep the signal for the caller's own loops.
      throw new OperationCancelledException(subject);
    }
  }

  private static void stopIfCancelled(String subject, Cancellation cancellation) {
    if (cancellation.isCancelled()) {
      throw new OperationCancelledException(subject);
    }
  }

  @Override
  public String toString() {
    return "Poller{initialInterval=" + initialInterval + ", maxInterval=" + maxInterval
        + ", multiplier=" + multiplier + ", timeout=" + timeout + "}";
  }

  /** Builds a {@link Poller}; starts from the defaults. */
  public static final class Builder {
    private Duration initialInterval = Duration.ofSeconds(2);
    private Duration maxInterval = Duration.ofSeconds(30);
    private double multiplier = 1.5;
    private Duration timeout = Duration.ofMinutes(10);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    private Builder(Poller poller) {
      initialInterval = poller.initialInterval;
      maxInterval = poller.maxInterval;
      multiplier = poller.multiplier;
      timeout = poller.timeout;
      clock = poller.clock;
      sleeper = poller.sleeper;
    }

    /** The wait after the first ask. */
    public Builder initialInterval(Duration initialInterval) {
      this.initialInterval = positive("initialInterval", initialInterval);
      return this;
    }

    /** The longest wait between two asks. */
    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = positive("maxInterval", maxInterval);
      return this;
    }

    /** How much each wait grows over the last; at least 1. */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be finite and >= 1: " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** The time budget from the first ask to giving up. */
    public Builder timeout(Duration timeout) {
      this.timeout = positive("timeout", timeout);
      return this;
    }

    /** For tests: the clock the budget is measured with. */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new IllegalArgumentException("clock must not be null");
      }
      this.clock = clock;
      return this;
    }

    /** For tests: how the poller waits between asks. */
    public Builder sleeper(Sleeper sleeper) {
      if (sleeper == null) {
        throw new IllegalArgumentException("sleeper must not be null");
      }
      this.sleeper = sleeper;
      return this;
    }

    public Poller build() {
      if (maxInterval.compareTo(initialInterval) < 0) {
        throw new IllegalArgumentException(
            "maxInterval " + maxInterval + " is shorter than initialInterval " + initialInterval);
      }
      return new Poller(this);
    }

    private static Duration positive(String name, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
