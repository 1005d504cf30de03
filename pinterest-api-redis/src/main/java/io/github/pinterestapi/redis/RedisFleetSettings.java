package io.github.pinterestapi.redis;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.crypto.SecretKey;

/**
 * The immutable settings of a {@link RedisFleet}; {@link Builder} collects them.
 *
 * <pre>{@code
 * RedisFleet fleet = RedisFleet.builder(uri).appId(appId).fleetSize(4)
 *     .limits(RateLimitTable.standard().toBuilder().perSecond(90).build())
 *     .tokenEncryptionKey(new SecretKeySpec(keyBytes, "AES"))
 *     .build();
 * }</pre>
 */
public final class RedisFleetSettings {
  final String uri;
  final String appId;
  final String keyPrefix;
  final int fleetSize;
  final RateLimitTable limits;
  final RedisUnavailable whenUnavailable;
  final Duration commandTimeout;
  final Duration unavailableRetry;
  final Duration refreshLease;
  final Duration refreshWait;
  final SecretKey tokenKey;
  final Clock clock;

  private RedisFleetSettings(Builder builder) {
    this.uri = builder.uri;
    this.appId = builder.appId;
    this.keyPrefix = builder.keyPrefix;
    this.fleetSize = builder.fleetSize;
    this.limits = builder.limits;
    this.whenUnavailable = builder.whenUnavailable;
    this.commandTimeout = builder.commandTimeout;
    this.unavailableRetry = builder.unavailableRetry;
    this.refreshLease = builder.refreshLease;
    this.refreshWait = builder.refreshWait == null
        ? builder.refreshLease.plus(Duration.ofSeconds(5)) : builder.refreshWait;
    this.tokenKey = builder.tokenKey;
    this.clock = builder.clock;
  }

  @Override
  public String toString() {
    // The URI may hold a password: only its scheme is shown.
    return "RedisFleetSettings{uri=" + uri.substring(0, Math.max(0, uri.indexOf(':')))
        + "://…, app=" + appId + ", fleetSize=" + fleetSize + ", limits=" + limits
        + ", whenUnavailable=" + whenUnavailable + ", encrypted=" + (tokenKey != null) + "}";
  }

  /** Collects a fleet's settings; {@link #build()} connects. */
  public static final class Builder {
    private final String uri;
    private String appId;
    private String keyPrefix = "pinterest";
    private int fleetSize = 1;
    private RateLimitTable limits = RateLimitTable.standard();
    private RedisUnavailable whenUnavailable = RedisUnavailable.LOCAL_SHARE;
    private Duration commandTimeout = Duration.ofMillis(500);
    private Duration unavailableRetry = Duration.ofSeconds(1);
    private Duration refreshLease = Duration.ofSeconds(30);
    private Duration refreshWait;
    private SecretKey tokenKey;
    private Clock clock = Clock.systemUTC();

    Builder(String uri) {
      if (uri == null || uri.trim().isEmpty()) {
        throw new IllegalArgumentException("a Redis URI is required, such as redis://localhost:6379");
      }
      this.uri = uri.trim();
    }

    /** The Pinterest app's id: budgets are per app, so keys are named by it. Required. */
    public Builder appId(String appId) {
      this.appId = Objects.requireNonNull(appId, "appId == null");
      return this;
    }

    /** The first part of every key; {@code pinterest} by default. */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix == null");
      return this;
    }

    /**
     * How many workers share the budgets: while Redis is unreachable each keeps to 1/N of every
     * limit ({@link RedisUnavailable#LOCAL_SHARE}). 1 by default.
     */
    public Builder fleetSize(int workers) {
      if (workers < 1) {
        throw new IllegalArgumentException("fleetSize must be at least 1");
      }
      this.fleetSize = workers;
      return this;
    }

    public Builder limits(RateLimitTable limits) {
      this.limits = Objects.requireNonNull(limits, "limits == null");
      return this;
    }

    /** What rate limits do while Redis is unreachable; {@link RedisUnavailable#LOCAL_SHARE} by default. */
    public Builder whenUnavailable(RedisUnavailable behaviour) {
      this.whenUnavailable = Objects.requireNonNull(behaviour, "behaviour == null");
      return this;
    }

    /** How long a Redis command may take before Redis counts as unreachable; 500 ms by default. */
    public Builder commandTimeout(Duration timeout) {
      this.commandTimeout = positive(timeout, "commandTimeout");
      return this;
    }

    /** How long after a failure Redis is tried again (and WAIT's wait step); 1 s by default. */
    public Builder unavailableRetry(Duration interval) {
      this.unavailableRetry = positive(interval, "unavailableRetry");
      return this;
    }

    /**
     * How long a worker holds a user's refresh lease at most: longer than a token request takes.
     * A worker that dies holding it blocks that user's refresh this long. 30 s by default.
     */
    public Builder refreshLease(Duration lease) {
      this.refreshLease = positive(lease, "refreshLease");
      return this;
    }

    /** How long a worker waits for a peer's refresh before giving up; lease + 5 s by default. */
    public Builder refreshWait(Duration wait) {
      this.refreshWait = positive(wait, "refreshWait");
      return this;
    }

    /** Encrypts stored tokens with AES-GCM under this AES key; plain text without one. */
    public Builder tokenEncryptionKey(SecretKey key) {
      new TokenCipher(key);
      this.tokenKey = key;
      return this;
    }

    /** For tests: the clock buckets and expiries are measured with (the same in every worker). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Connects to Redis (lazily reconnecting later if it goes away). */
    public RedisFleet build() {
      if (appId == null || appId.isEmpty()) {
        throw new IllegalStateException("appId(…) is required: budgets are per app");
      }
      return new RedisFleet(new RedisFleetSettings(this));
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
