package io.github.pinterestapi.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-user state the fleet options need: rate-limit windows per (user, category), aligned to
 * whole multiples of the window on the fake's clock as Pinterest's fixed windows are, and the
 * ledgers of user calls and token refreshes that tests assert on. Guarded by its own monitor.
 */
final class UserTraffic {
  private final int limit;
  private final Duration window;
  private final Map<String, long[]> windows = new HashMap<>();
  private final List<UserCall> calls = new ArrayList<>();
  private final List<TokenRefresh> refreshes = new ArrayList<>();

  /** @param limit calls per window per user and category; 0 for no per-user limit */
  UserTraffic(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  boolean limits() {
    return limit > 0;
  }

  /** Spends one call of {@code user} in {@code category}, recording it; null without limits. */
  synchronized RateLimits.State spend(String user, String category, Instant now) {
    long windowMillis = window.toMillis();
    long start = now.toEpochMilli() / windowMillis * windowMillis;
    long[] current = windows.computeIfAbsent(user + "\n" + category, k -> new long[] {start, 0});
    if (current[0] != start) {
      current[0] = start;
      current[1] = 0;
    }
    boolean allowed = current[1] < limit;
    if (allowed) {
      current[1]++;
    }
    long resetSeconds = (start + windowMillis - now.toEpochMilli() + 999) / 1000;
    calls.add(new UserCall(user, category, now, allowed ? 200 : 429));
    return new RateLimits.State(limit, (int) (limit - current[1]), resetSeconds, allowed);
  }

  synchronized void recordRefresh(TokenRefresh refresh) {
    refreshes.add(refresh);
  }

  synchronized List<UserCall> calls() {
    return List.copyOf(calls);
  }

  synchronized List<TokenRefresh> refreshes() {
    return List.copyOf(refreshes);
  }

  synchronized void reset() {
    windows.clear();
    calls.clear();
    refreshes.clear();
  }
}
