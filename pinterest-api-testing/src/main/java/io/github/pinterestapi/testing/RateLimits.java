package io.github.pinterestapi.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts calls per rate-limit category in fixed windows of the fake's clock, for the
 * {@code X-RateLimit-*} headers and for real 429s once a window's budget is spent.
 */
final class RateLimits {
  private final int limit;
  private final Duration window;
  private final Map<String, Window> windows = new HashMap<>();

  RateLimits(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /** Spends one call of {@code category} and returns the state after it. */
  synchronized State spend(String category, Instant now) {
    Window current = openWindow(category, now);
    if (current == null) {
      current = new Window(now.plus(window));
      windows.put(category, current);
    }
    boolean allowed = current.used < limit;
    if (allowed) {
      current.used++;
    }
    return state(current, now, allowed);
  }

  /** The state without spending, for answers that are faults. */
  synchronized State peek(String category, Instant now) {
    Window current = openWindow(category, now);
    if (current == null) {
      return new State(limit, limit, window.getSeconds(), true);
    }
    return state(current, now, true);
  }

  /** The window of {@code category} still open at {@code now}, or null. */
  private Window openWindow(String category, Instant now) {
    Window current = windows.get(category);
    return current == null || !now.isBefore(current.resetsAt) ? null : current;
  }

  private State state(Window current, Instant now, boolean allowed) {
    long resetSeconds =
        Math.max(0, (Duration.between(now, current.resetsAt).toMillis() + 999) / 1000);
    return new State(limit, limit - current.used, resetSeconds, allowed);
  }

  synchronized void reset() {
    windows.clear();
  }

  static final class State {
    final int limit;
    final int remaining;
    final long resetSeconds;
    final boolean allowed;

    State(int limit, int remaining, long resetSeconds, boolean allowed) {
      this.limit = limit;
      this.remaining = remaining;
      this.resetSeconds = resetSeconds;
      this.allowed = allowed;
    }
  }

  private static final class Window {
    final Instant resetsAt;
    int used;

    Window(Instant resetsAt) {
      this.resetsAt = resetsAt;
    }
  }
}
