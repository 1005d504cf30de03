package io.github.pinterestapi.extras.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;

/**
 * The latest {@link RateLimitSnapshot} of each rate-limit category, shared by every call of one
 * client. Pinterest counts per category ({@code org_read}, {@code ads_write}, …), so one
 * exhausted category does not hold back calls in another.
 *
 * <pre>{@code
 * Map<String, RateLimitSnapshot> all = pinterest.rateLimits().all();
 * }</pre>
 */
public final class RateLimitTracker {
  private final Map<String, RateLimitSnapshot> byCategory = new ConcurrentHashMap<>();

  /** The latest snapshot of {@code category}, if a response has reported one. */
  public Optional<RateLimitSnapshot> current(String category) {
    return Optional.ofNullable(byCategory.get(category));
  }

  /** Every category seen so far, sorted by name; a copy. */
  public Map<String, RateLimitSnapshot> all() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(byCategory)));
  }

  /**
   * How long a call in {@code category} must wait at {@code now}; zero when it may go. A lockout
   * never outlives {@code maxLockout} from the answer that started it, whatever reset the server
   * announced: after that, calls are sent again and the server says anew.
   */
  Duration waitBeforeSending(String category, Instant now, Duration maxLockout) {
    RateLimitSnapshot snapshot = byCategory.get(category);
    if (snapshot == null || !now.isBefore(snapshot.observedAt().plus(maxLockout))) {
      return Duration.ZERO;
    }
    return snapshot.waitAt(now);
  }

  /**
   * Records what a response said, returning the new snapshot, or null when it said nothing
   * about rate limits. A 429 without counts still marks the category exhausted.
   */
  RateLimitSnapshot record(String category, int status, Headers headers, Instant now) {
    String limitHeader = headers.get("X-RateLimit-Limit");
    long remaining = parseCount(headers.get("X-RateLimit-Remaining"));
    Duration reset = WaitHints.rateLimitReset(headers, now);
    if (status == 429) {
      remaining = 0;
      Duration hint = WaitHints.serverHint(headers, now);
      reset = hint != null ? hint : reset;
    } else if (limitHeader == null && remaining == RateLimitSnapshot.UNKNOWN && reset == null) {
      return null;
    }
    List<RateLimitPolicy> policies = RateLimitPolicy.parseList(limitHeader);
    long limit = policies.isEmpty() ? RateLimitSnapshot.UNKNOWN : policies.get(0).quota();
    RateLimitSnapshot snapshot =
        new RateLimitSnapshot(category, limit, policies, remaining, reset, now);
    byCategory.put(category, snapshot);
    return snapshot;
  }

  private static long parseCount(String value) {
    if (value == null) {
      return RateLimitSnapshot.UNKNOWN;
    }
    try {
      long count = Long.parseLong(value.trim());
      // A negative count is garbage, not "exhausted": ignored rather than locking calls out.
      return count < 0 ? RateLimitSnapshot.UNKNOWN : count;
    } catch (NumberFormatException e) {
      return RateLimitSnapshot.UNKNOWN;
    }
  }
}
