package io.github.pinterestapi.testing;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Settings of a {@link FakePinterest}. Not thread-safe; the fake copies what it needs.
 *
 * <pre>{@code
 * FakePinterest fake = FakePinterest.builder()
 *     .clock(FakeClock.at(Instant.parse("2024-05-01T00:00:00Z")))
 *     .app("my-app-id", "my-app-secret")
 *     .mediaProcessingPolls(3)
 *     .build();
 * }</pre>
 */
public final class FakePinterestBuilder {
  Clock clock = Clock.systemUTC();
  String username = "fake_pinterest_user";
  final Map<String, String> apps = new LinkedHashMap<>();
  final Set<String> acceptedTokens = new LinkedHashSet<>();
  Duration accessTokenLifetime = Duration.ofDays(30);
  Duration refreshTokenLifetime = Duration.ofDays(365);
  int rateLimit = 1000;
  Duration rateLimitWindow = Duration.ofMinutes(1);
  int userRateLimit;
  Duration userRateLimitWindow = Duration.ofSeconds(1);
  boolean singleUseRefreshTokens;
  boolean refreshGraceUntilUsed;
  Duration tokenEndpointDelay = Duration.ZERO;
  int mediaProcessingPolls = 1;
  int reportPolls = 1;

  FakePinterestBuilder() {
    apps.put(FakePinterest.DEFAULT_APP_ID, FakePinterest.DEFAULT_APP_SECRET);
    acceptedTokens.add(FakePinterest.TEST_TOKEN);
  }

  /** The clock that dates pins, expires tokens and windows rate limits; see {@link FakeClock}. */
  public FakePinterestBuilder clock(Clock clock) {
    this.clock = require(clock, "clock");
    return this;
  }

  /** The username of the account every token belongs to. */
  public FakePinterestBuilder username(String username) {
    this.username = require(username, "username");
    return this;
  }

  /** An OAuth app whose HTTP Basic credentials {@code oauth/token} accepts, besides the default. */
  public FakePinterestBuilder app(String appId, String appSecret) {
    apps.put(require(appId, "appId"), require(appSecret, "appSecret"));
    return this;
  }

  /** A bearer token accepted from the start, never expiring (besides {@link FakePinterest#TEST_TOKEN}). */
  public FakePinterestBuilder acceptToken(String token) {
    acceptedTokens.add(require(token, "token"));
    return this;
  }

  /** {@code expires_in} of issued access tokens; 30 days by default, as Pinterest's. */
  public FakePinterestBuilder accessTokenLifetime(Duration lifetime) {
    this.accessTokenLifetime = positive(lifetime, "accessTokenLifetime");
    return this;
  }

  /** Lifetime of issued refresh tokens; 365 days by default. */
  public FakePinterestBuilder refreshTokenLifetime(Duration lifetime) {
    this.refreshTokenLifetime = positive(lifetime, "refreshTokenLifetime");
    return this;
  }

  /**
   * Calls allowed per rate-limit category and window before real 429s (1000 a minute by
   * default); {@code X-RateLimit-*} headers report the count.
   */
  public FakePinterestBuilder rateLimit(int callsPerWindow, Duration window) {
    if (callsPerWindow < 1) {
      throw new IllegalArgumentException("callsPerWindow must be at least 1");
    }
    this.rateLimit = callsPerWindow;
    this.rateLimitWindow = positive(window, "window");
    return this;
  }

  /**
   * Per-user limits as Pinterest applies them: each user (the owner of the bearer token; see
   * {@link FakePinterest#refreshTokenFor(String)}) may make {@code callsPerWindow} calls per
   * rate-limit category in each window, windows aligned to whole multiples of {@code window} on
   * the fake's clock. Over it, 429 with code 8; {@code X-RateLimit-*} then describe the user's
   * window. Every such call is kept in {@link FakePinterest#userCalls()}. Off by default.
   */
  public FakePinterestBuilder userRateLimit(int callsPerWindow, Duration window) {
    if (callsPerWindow < 1) {
      throw new IllegalArgumentException("callsPerWindow must be at least 1");
    }
    this.userRateLimit = callsPerWindow;
    this.userRateLimitWindow = positive(window, "window");
    return this;
  }

  /**
   * Every refresh rotates the refresh token, and a spent one answers {@code invalid_grant}, as
   * if Pinterest's refresh tokens worked once.
   *
   * @param graceUntilSuccessorUsed when true, a refresh token is spent only once its successor
   *     (the new access or refresh token) has been used, as identity providers with a reuse grace
   *     do; a client that died before reading the answer then loses nothing. When false, it is
   *     spent by the refresh itself.
   */
  public FakePinterestBuilder singleUseRefreshTokens(boolean graceUntilSuccessorUsed) {
    this.singleUseRefreshTokens = true;
    this.refreshGraceUntilUsed = graceUntilSuccessorUsed;
    return this;
  }

  /** How long {@code oauth/token} takes before it looks at a request, to widen races. Real time. */
  public FakePinterestBuilder tokenEndpointDelay(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive");
    }
    this.tokenEndpointDelay = delay;
    return this;
  }

  /** How many status polls after the upload answer {@code processing} before {@code succeeded}. */
  public FakePinterestBuilder mediaProcessingPolls(int polls) {
    this.mediaProcessingPolls = nonNegative(polls, "polls");
    return this;
  }

  /** How many report polls answer {@code IN_PROGRESS} before {@code FINISHED}. */
  public FakePinterestBuilder reportPolls(int polls) {
    this.reportPolls = nonNegative(polls, "polls");
    return this;
  }

  /** A fake with these settings, not yet started. */
  public FakePinterest build() {
    return new FakePinterest(copy());
  }

  private FakePinterestBuilder copy() {
    FakePinterestBuilder copy = new FakePinterestBuilder();
    copy.clock = clock;
    copy.username = username;
    copy.apps.putAll(apps);
    copy.acceptedTokens.addAll(acceptedTokens);
    copy.accessTokenLifetime = accessTokenLifetime;
    copy.refreshTokenLifetime = refreshTokenLifetime;
    copy.rateLimit = rateLimit;
    copy.rateLimitWindow = rateLimitWindow;
    copy.userRateLimit = userRateLimit;
    copy.userRateLimitWindow = userRateLimitWindow;
    copy.singleUseRefreshTokens = singleUseRefreshTokens;
    copy.refreshGraceUntilUsed = refreshGraceUntilUsed;
    copy.tokenEndpointDelay = tokenEndpointDelay;
    copy.mediaProcessingPolls = mediaProcessingPolls;
    copy.reportPolls = reportPolls;
    return copy;
  }

  private static <T> T require(T value, String name) {
    if (value == null || (value instanceof String && ((String) value).isEmpty())) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  private static Duration positive(Duration value, String name) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return value;
  }

  private static int nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
    return value;
  }
}
