package io.github.pinterestapi.extras.http;

import java.time.Duration;

/**
 * Waits. The client waits through this interface only, so tests inject one that records the waits
 * (and moves a fake clock) instead of sleeping.
 *
 * <pre>{@code
 * List<Duration> waits = new ArrayList<>();
 * Pinterest.builder().sleeper(waits::add)...
 * }</pre>
 */
public interface Sleeper {
  /** {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
