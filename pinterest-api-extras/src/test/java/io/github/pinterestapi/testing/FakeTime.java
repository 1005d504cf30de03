package io.github.pinterestapi.testing;

import io.github.pinterestapi.extras.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A clock that moves only when the client "sleeps" or a test calls {@link #advance}, starting at
 * 2025-01-01T00:00:00Z. It records every wait instead of sleeping.
 */
public final class FakeTime extends Clock implements Sleeper {
  private Instant now = Instant.parse("2025-01-01T00:00:00Z");
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
    now = now.plus(duration);
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  public List<Duration> waits() {
    synchronized (waits) {
      return new ArrayList<>(waits);
    }
  }

  public Duration totalWait() {
    return waits().stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
