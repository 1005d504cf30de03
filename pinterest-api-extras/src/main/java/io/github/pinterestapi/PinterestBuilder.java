package io.github.pinterestapi;

import io.github.pinterestapi.extras.http.AccessTokenProvider;
import io.github.pinterestapi.extras.http.HttpLogLevel;
import io.github.pinterestapi.extras.http.HttpLogger;
import io.github.pinterestapi.extras.http.RateLimitListener;
import io.github.pinterestapi.extras.http.RetryPolicy;
import io.github.pinterestapi.extras.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Collects the settings of a {@link Pinterest} client. Not thread-safe; the client it builds is,
 * and is immutable. {@link Pinterest#newBuilder()} starts from an existing client's settings.
 *
 * <pre>{@code
 * Pinterest pinterest = Pinterest.builder()
 *     .accessToken(token)
 *     .readTimeout(Duration.ofSeconds(20))
 *     .retryPolicy(RetryPolicy.builder().maxRetries(5).build())
 *     .build();
 * }</pre>
 */
public final class PinterestBuilder implements Cloneable {
  HttpUrl baseUrl = BaseUrls.PRODUCTION;
  boolean sandbox;
  AccessTokenProvider tokens;
  AppCredentials appCredentials;
  OkHttpClient okHttpClient;
  Duration connectTimeout;
  Duration readTimeout;
  Duration writeTimeout;
  Duration callTimeout;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  RateLimitListener rateLimitListener = RateLimitListener.NONE;
  Duration maxRateLimitWait = Duration.ofSeconds(60);
  HttpLogger logger;
  HttpLogLevel logLevel = HttpLogLevel.BASIC;
  String applicationName;
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.SYSTEM;
  DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

  PinterestBuilder() {}

  /** Production: {@code https://api.pinterest.com/v5/}. The default. */
  public PinterestBuilder production() {
    return baseUrl(BaseUrls.PRODUCTION, false);
  }

  /** Pinterest's sandbox, {@code https://api-sandbox.pinterest.com/v5/}: sandbox-disabled operations fail unsent. */
  public PinterestBuilder sandbox() {
    return baseUrl(BaseUrls.SANDBOX, true);
  }

  /**
   * Another base URL, such as a fake Pinterest on loopback. https is required except on
   * loopback; a bare origin gets {@code /v5/}. Pinterest's sandbox host turns on sandbox rules.
   */
  public PinterestBuilder baseUrl(String url) {
    HttpUrl parsed = BaseUrls.parse(url);
    return baseUrl(parsed, BaseUrls.isSandbox(parsed));
  }

  /** Another base URL that behaves as the sandbox (a fake sandbox in tests). */
  public PinterestBuilder sandboxBaseUrl(String url) {
    return baseUrl(BaseUrls.parse(url), true);
  }

  /** A fixed access token, sent as {@code Authorization: Bearer …} to the API host only. */
  public PinterestBuilder accessToken(String token) {
    return accessTokenProvider(AccessTokenProvider.of(token));
  }

  /** Where tokens come from for each call; {@code extras.oauth} offers a refreshing provider. */
  public PinterestBuilder accessTokenProvider(AccessTokenProvider provider) {
    this.tokens = provider;
    return this;
  }

  /** The app's id, secret and refresh token, kept for {@code extras.oauth}. */
  public PinterestBuilder appCredentials(AppCredentials appCredentials) {
    this.appCredentials = appCredentials;
    return this;
  }

  /**
   * Settings from environment variables ({@code PINTEREST_ACCESS_TOKEN},
   * {@code PINTEREST_REFRESH_TOKEN}, {@code PINTEREST_APP_ID}, {@code PINTEREST_APP_SECRET},
   * {@code PINTEREST_API_URI}); variables that are unset change nothing.
   */
  public PinterestBuilder environment(Map<String, String> env) {
    PinterestEnvironment.apply(env, this);
    return this;
  }

  /**
   * A client to share connection pool, dispatcher, cache and proxy settings with. It is not
   * changed: the Pinterest client adds its interceptors to a {@code newBuilder()} copy, and
   * {@link Pinterest#close()} leaves its resources alone.
   */
  public PinterestBuilder okHttpClient(OkHttpClient client) {
    this.okHttpClient = client;
    return this;
  }

  /** Default 10 s. With {@link #okHttpClient}, unset timeouts keep that client's values. */
  public PinterestBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = timeout;
    return this;
  }

  /** Default 30 s. */
  public PinterestBuilder readTimeout(Duration timeout) {
    this.readTimeout = timeout;
    return this;
  }

  /** Default 30 s. */
  public PinterestBuilder writeTimeout(Duration timeout) {
    this.writeTimeout = timeout;
    return this;
  }

  /** A bound on a whole call, retries and waits included. Default none. */
  public PinterestBuilder callTimeout(Duration timeout) {
    this.callTimeout = timeout;
    return this;
  }

  public PinterestBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = policy;
    return this;
  }

  public PinterestBuilder rateLimitListener(RateLimitListener listener) {
    this.rateLimitListener = listener;
    return this;
  }

  /**
   * The longest a call waits, before it is sent, for an exhausted rate-limit category to reset.
   * Longer waits fail at once with a {@code PinterestRateLimitException}. Default 60 s.
   */
  public PinterestBuilder maxRateLimitWait(Duration maxWait) {
    this.maxRateLimitWait = maxWait;
    return this;
  }

  /** Logs every exchange, redacted, to {@code logger}. Off by default. */
  public PinterestBuilder logging(HttpLogger logger, HttpLogLevel level) {
    this.logger = logger;
    this.logLevel = level;
    return this;
  }

  /** Appended to the User-Agent, such as {@code catalog-sync/2.1}. */
  public PinterestBuilder applicationName(String applicationName) {
    this.applicationName = applicationName;
    return this;
  }

  /** For tests: the clock that rate-limit resets and retry hints are measured with. */
  public PinterestBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** For tests: how the client waits. */
  public PinterestBuilder sleeper(Sleeper sleeper) {
    this.sleeper = sleeper;
    return this;
  }

  /** For tests: values in [0, 1) choosing the retry jitter. */
  public PinterestBuilder random(DoubleSupplier random) {
    this.random = random;
    return this;
  }

  public Pinterest build() {
    require(retryPolicy != null, "retryPolicy");
    require(rateLimitListener != null, "rateLimitListener");
    require(maxRateLimitWait != null && !maxRateLimitWait.isNegative(), "maxRateLimitWait");
    require(clock != null && sleeper != null && random != null, "clock, sleeper and random");
    require(logger == null || logLevel != null, "logLevel");
    return new Pinterest(copy());
  }

  /** A detached copy, so the built client never sees later changes to this builder. */
  PinterestBuilder copy() {
    try {
      // Shallow is enough: every field is immutable or meant to be shared.
      return (PinterestBuilder) super.clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  private PinterestBuilder baseUrl(HttpUrl url, boolean sandbox) {
    this.baseUrl = url;
    this.sandbox = sandbox;
    return this;
  }

  private static void require(boolean valid, String what) {
    if (!valid) {
      throw new IllegalStateException(what + " must be set to a valid value");
    }
  }
}
