package io.github.pinterestapi.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it, so token expiry, rate-limit windows and
 * analytics dates in {@link FakePinterest} are decided by the test and not by the wall clock.
 * Thread-safe.
 *
 * <pre>{@code
 * FakeClock clock = FakeClock.at(Instant.parse("2024-05-01T00:00:00Z"));
 * FakePinterest fake = FakePinterest.builder().clock(clock).build();
 * clock.advance(Duration.ofDays(31)); // tokens issued before now have expired
 * }</pre>
 */
public final class FakeClock extends Clock {
  /** Where {@link #FakeClock()} starts: 2024-01-15T09:00:00Z. */
  public static final Instant DEFAULT_START = Instant.parse("2024-01-15T09:00:00Z");

  private final Object lock = new Object();
  private Instant now;

  /** A clock at {@link #DEFAULT_START}. */
  public FakeClock() {
    this(DEFAULT_START);
  }

  private FakeClock(Instant start) {
    this.now = start;
  }

  public static FakeClock at(Instant start) {
    if (start == null) {
      throw new IllegalArgumentException("start == null");
    }
    return new FakeClock(start);
  }

  /** Moves the clock forward (or back, for a negative duration) and returns the new time. */
  public Instant advance(Duration duration) {
    synchronized (lock) {
      now = now.plus(duration);
      return now;
    }
  }

  public void set(Instant instant) {
    synchronized (lock) {
      now = instant;
    }
  }

  @Override
  public Instant instant() {
    synchronized (lock) {
      return now;
    }
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** The same instant in any zone; a fake clock is always read as UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "FakeClock{" + instant() + "}";
  }
}
