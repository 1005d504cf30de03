package io.github.pinterestapi.extras.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the latest response said about one rate-limit category. Immutable; a new snapshot is made
 * for every response that carries rate-limit headers.
 *
 * <pre>{@code
 * pinterest.rateLimits().current("org_read")
 *     .ifPresent(s -> System.out.println(s.remaining() + " calls left until " + s.resetAt()));
 * }</pre>
 */
public final class RateLimitSnapshot {
  /** Used for a count the headers did not give. */
  public static final long UNKNOWN = -1;

  private final String category;
  private final long limit;
  private final List<RateLimitPolicy> policies;
  private final long remaining;
  private final Duration resetAfter;
  private final Instant observedAt;

  public RateLimitSnapshot(
      String category,
      long limit,
      List<RateLimitPolicy> policies,
      long remaining,
      Duration resetAfter,
      Instant observedAt) {
    this.category = category;
    this.limit = limit;
    this.policies = Collections.unmodifiableList(policies);
    this.remaining = remaining;
    this.resetAfter = resetAfter;
    this.observedAt = observedAt;
  }

  /** The {@code x-ratelimit-category}, such as {@code org_read}. */
  public String category() {
    return category;
  }

  /** The current quota (first item of {@code X-RateLimit-Limit}), or {@link #UNKNOWN}. */
  public long limit() {
    return limit;
  }

  /** Every quota of {@code X-RateLimit-Limit}, with its window. */
  public List<RateLimitPolicy> policies() {
    return policies;
  }

  /** {@code X-RateLimit-Remaining}, or {@link #UNKNOWN}. */
  public long remaining() {
    return remaining;
  }

  /** {@code X-RateLimit-Reset} as a duration from {@link #observedAt()}, or null. */
  public @Nullable Duration resetAfter() {
    return resetAfter;
  }

  /** When the response was received. */
  public Instant observedAt() {
    return observedAt;
  }

  /** When the window resets, or null when unknown. */
  public @Nullable Instant resetAt() {
    return resetAfter == null ? null : observedAt.plus(resetAfter);
  }

  /** Whether no call is left before {@link #resetAt()}. */
  public boolean isExhausted() {
    return remaining == 0;
  }

  /** How long a call made at {@code now} must wait; zero when it may go now. */
  public Duration waitAt(Instant now) {
    Instant resetAt = resetAt();
    if (!isExhausted() || resetAt == null || !now.isBefore(resetAt)) {
      return Duration.ZERO;
    }
    return Duration.between(now, resetAt);
  }

  @Override
  public String toString() {
    return "RateLimitSnapshot{category=" + category + ", limit=" + limit + ", policies=" + policies
        + ", remaining=" + remaining + ", resetAfter=" + resetAfter + ", observedAt=" + observedAt
        + "}";
  }
}
