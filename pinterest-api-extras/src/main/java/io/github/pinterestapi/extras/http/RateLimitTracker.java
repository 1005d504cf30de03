package io.github.pinterestapi.extras.http;

import java.util.Map;
import java.util.Optional;

/**
 * The latest {@link RateLimitSnapshot} of each rate-limit category, shared by every call of one
 * client. Pinterest counts per category ({@code org_read}, {@code ads_write}, …), so one
 * exhausted category does not hold back calls in another.
 *
 * <pre>{@code
 * Map<String, RateLimitSnapshot> all = pinterest.rateLimits().all();
 * }</pre>
 */
public interface RateLimitTracker {
  /**
   * The latest snapshot of a category.
   *
   * @param category a rate-limit category, such as {@code org_read}
   * @return its latest snapshot, if a response has reported one
   */
  Optional<RateLimitSnapshot> current(String category);

  /**
   * Every category seen so far.
   *
   * @return a copy, sorted by category name
   */
  Map<String, RateLimitSnapshot> all();
}
