package io.github.pinterestapi.extras.http;

import java.time.Duration;

/**
 * Which failed calls are tried again, how often, and how long the client may wait in total.
 *
 * <ul>
 *   <li>429 is retried for every method: Pinterest refused the call, so it had no effect.
 *   <li>408, 500, 502, 503, 504 and network failures are retried only for GET, HEAD, PUT, DELETE
 *       and OPTIONS. A POST or PATCH that may have reached Pinterest is never sent twice unless
 *       {@link Builder#retryNonIdempotent(boolean)} says so. A connection that could not be
 *       opened is retried for every method, since nothing was sent.
 *   <li>The wait is the server's {@code Retry-After} or {@code X-RateLimit-Reset} when given,
 *       otherwise {@code initialBackoff × 2^(retry-1)}, capped at {@code maxBackoff}, shortened by
 *       up to {@code jitter} (a fraction) at random so that clients do not retry in step.
 *   <li>No retry happens once the waits would add up to more than {@code maxTotalWait}; the
 *       caller then gets the last answer as an exception. The same budget covers the waits for
 *       an exhausted rate-limit category before each attempt: one call never waits longer.
 * </ul>
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxRetries(5).maxTotalWait(Duration.ofMinutes(2)).build();
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = new Builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxTotalWait;
  private final double jitter;
  private final boolean retryNonIdempotent;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxTotalWait = builder.maxTotalWait;
    this.jitter = builder.jitter;
    this.retryNonIdempotent = builder.retryNonIdempotent;
  }

  /** 3 retries, 0.5 s doubling to at most 8 s, 25% jitter, at most 60 s of waiting in total. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Never retry. */
  public static RetryPolicy none() {
    return new Builder().maxRetries(0).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public int maxRetries() {
    return maxRetries;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public Duration maxTotalWait() {
    return maxTotalWait;
  }

  public double jitter() {
    return jitter;
  }

  public boolean retryNonIdempotent() {
    return retryNonIdempotent;
  }

  /** The wait before retry number {@code retry} (1-based), given a random value in [0, 1). */
  Duration backoff(int retry, double random) {
    long base = initialBackoff.toMillis();
    long millis = base;
    for (int i = 1; i < retry && millis < maxBackoff.toMillis(); i++) {
      millis *= 2;
    }
    millis = Math.min(millis, maxBackoff.toMillis());
    double shortened = millis * (1.0 - jitter * Math.min(Math.max(random, 0.0), 1.0));
    return Duration.ofMillis(Math.round(shortened));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxTotalWait=" + maxTotalWait + ", jitter=" + jitter
        + ", retryNonIdempotent=" + retryNonIdempotent + "}";
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. */
  public static final class Builder {
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxTotalWait = Duration.ofSeconds(60);
    private double jitter = 0.25;
    private boolean retryNonIdempotent;

    private Builder() {}

    private Builder(RetryPolicy policy) {
      maxRetries = policy.maxRetries;
      initialBackoff = policy.initialBackoff;
      maxBackoff = policy.maxBackoff;
      maxTotalWait = policy.maxTotalWait;
      jitter = policy.jitter;
      retryNonIdempotent = policy.retryNonIdempotent;
    }

    /** Retries after the first attempt; 0 disables retrying. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative("initialBackoff", initialBackoff);
      return this;
    }

    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * The most the client waits in one call: retry backoff, server hints and rate-limit waits
     * before each attempt together. Default 60 s.
     */
    public Builder maxTotalWait(Duration maxTotalWait) {
      this.maxTotalWait = nonNegative("maxTotalWait", maxTotalWait);
      return this;
    }

    /** The largest fraction, in [0, 1], by which a backoff is shortened at random. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be in [0, 1]: " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Also resend POST and PATCH after a 5xx or a network failure. Only for calls the caller knows
     * to be safe twice; a created Pin may otherwise be created again.
     */
    public Builder retryNonIdempotent(boolean retryNonIdempotent) {
      this.retryNonIdempotent = retryNonIdempotent;
      return this;
    }

    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String name, Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or positive: " + value);
      }
      return value;
    }
  }
}
