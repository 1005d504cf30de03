package io.github.pinterestapi.extras.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One quota from {@code X-RateLimit-Limit}, such as {@code 1000;w=60}: 1000 calls per 60 seconds.
 * A quota without {@code w} has no stated window.
 *
 * <pre>{@code
 * List<RateLimitPolicy> policies = RateLimitPolicy.parseList("100, 100;w=1, 1000;w=60");
 * }</pre>
 */
public final class RateLimitPolicy {
  private final long quota;
  private final Duration window;

  public RateLimitPolicy(long quota, Duration window) {
    this.quota = quota;
    this.window = window;
  }

  /**
   * Parses a header value; items that are not numbers are skipped, so a header Pinterest extends
   * later does not break calls.
   */
  public static List<RateLimitPolicy> parseList(String header) {
    List<RateLimitPolicy> policies = new ArrayList<>();
    if (header == null) {
      return policies;
    }
    for (String item : header.split(",")) {
      String[] parts = item.trim().split(";");
      Long quota = parseLong(parts[0]);
      if (quota == null || quota < 0) {
        continue;
      }
      Duration window = null;
      for (int i = 1; i < parts.length; i++) {
        String[] parameter = parts[i].trim().split("=", 2);
        if (parameter.length == 2 && parameter[0].trim().equals("w")) {
          Long seconds = parseLong(parameter[1]);
          window = seconds == null || seconds < 0 ? null : Duration.ofSeconds(seconds);
        }
      }
      policies.add(new RateLimitPolicy(quota, window));
    }
    return Collections.unmodifiableList(policies);
  }

  /** The number of calls allowed in the window. */
  public long quota() {
    return quota;
  }

  /** The window, or null when the header gave none. */
  public Duration window() {
    return window;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RateLimitPolicy)) {
      return false;
    }
    RateLimitPolicy that = (RateLimitPolicy) other;
    return quota == that.quota && (window == null ? that.window == null : window.equals(that.window));
  }

  @Override
  public int hashCode() {
    return Long.hashCode(quota) * 31 + (window == null ? 0 : window.hashCode());
  }

  @Override
  public String toString() {
    return window == null ? Long.toString(quota) : quota + ";w=" + window.getSeconds();
  }

  private static Long parseLong(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
