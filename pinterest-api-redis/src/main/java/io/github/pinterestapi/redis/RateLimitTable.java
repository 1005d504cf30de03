package io.github.pinterestapi.redis;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The budgets a fleet shares for one app: calls per second per user, calls per minute per user
 * in each {@code x-ratelimit-category}, and {@code ads_conversions} calls per minute per ad
 * account. Immutable.
 *
 * <p>The defaults are Pinterest's Standard access figures as far as the description states them
 * (5,000 conversions calls a minute per ad account) and a per-second limit of 100 per user;
 * the per-minute figure of every other category defaults to 1,000. Pinterest's rate-limits page
 * lists your tier's figures, and {@code X-RateLimit-Limit} tells them per response: enter yours,
 * a little under the real ones, since calls spend time in transit.
 *
 * <pre>{@code
 * RateLimitTable limits = RateLimitTable.standard().toBuilder()
 *     .perSecond(90).perMinute("org_write", 100).build();
 * }</pre>
 */
public final class RateLimitTable {
  static final String ADS_CONVERSIONS = "ads_conversions";

  private final long perSecond;
  private final long defaultPerMinute;
  private final Map<String, Long> perMinute;
  private final long conversionsPerMinute;

  private RateLimitTable(Builder builder) {
    this.perSecond = builder.perSecond;
    this.defaultPerMinute = builder.defaultPerMinute;
    this.perMinute = Collections.unmodifiableMap(new HashMap<>(builder.perMinute));
    this.conversionsPerMinute = builder.conversionsPerMinute;
  }

  /** 100 a second per user; 1,000 a minute per category; 5,000 conversions a minute per ad account. */
  public static RateLimitTable standard() {
    return new Builder().build();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.perSecond = perSecond;
    builder.defaultPerMinute = defaultPerMinute;
    builder.perMinute.putAll(perMinute);
    builder.conversionsPerMinute = conversionsPerMinute;
    return builder;
  }

  /** Calls per second per user, across categories. */
  public long perSecond() {
    return perSecond;
  }

  /** Calls per minute per user in {@code category}. */
  public long perMinute(String category) {
    return perMinute.getOrDefault(category, defaultPerMinute);
  }

  /** {@code ads_conversions} calls per minute per ad account. */
  public long conversionsPerMinute() {
    return conversionsPerMinute;
  }

  @Override
  public String toString() {
    return "RateLimitTable{perSecond=" + perSecond + ", defaultPerMinute=" + defaultPerMinute
        + ", perMinute=" + perMinute + ", conversionsPerMinute=" + conversionsPerMinute + "}";
  }

  /** Collects a {@link RateLimitTable}. */
  public static final class Builder {
    private long perSecond = 100;
    private long defaultPerMinute = 1000;
    private final Map<String, Long> perMinute = new HashMap<>();
    private long conversionsPerMinute = 5000;

    private Builder() {}

    public Builder perSecond(long calls) {
      this.perSecond = positive(calls);
      return this;
    }

    /** The per-minute figure of categories not named with {@link #perMinute(String, long)}. */
    public Builder defaultPerMinute(long calls) {
      this.defaultPerMinute = positive(calls);
      return this;
    }

    public Builder perMinute(String category, long calls) {
      if (category == null || category.isEmpty()) {
        throw new IllegalArgumentException("category is required");
      }
      perMinute.put(category, positive(calls));
      return this;
    }

    public Builder conversionsPerMinute(long calls) {
      this.conversionsPerMinute = positive(calls);
      return this;
    }

    public RateLimitTable build() {
      return new RateLimitTable(this);
    }

    private static long positive(long calls) {
      if (calls < 1) {
        throw new IllegalArgumentException("a limit must be at least 1 call");
      }
      return calls;
    }
  }
}
