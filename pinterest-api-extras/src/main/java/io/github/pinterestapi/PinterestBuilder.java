package io.github.pinterestapi;

import io.github.pinterestapi.extras.http.HttpLogLevel;
import io.github.pinterestapi.extras.http.HttpLogger;
import io.github.pinterestapi.extras.http.RateLimitBackend;
import io.github.pinterestapi.extras.http.RateLimitListener;
import io.github.pinterestapi.extras.http.RetryPolicy;
import io.github.pinterestapi.extras.http.Sleeper;
import io.github.pinterestapi.extras.oauth.AccessTokenProvider;
import io.github.pinterestapi.extras.oauth.RefreshCoordinator;
import io.github.pinterestapi.extras.oauth.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Collects the settings of a {@link Pinterest} client. Not thread-safe; the client it builds is,
 * and is immutable. {@link Pinterest#newBuilder()} starts from an existing client's settings.
 *
 * <p>Where tokens come from is one choice, the last one made wins: {@link #accessToken(String)}
 * (fixed), {@link #tokenStore(TokenStore)} with {@link #appCredentials(String, String)}
 * (refreshed), or {@link #accessTokenProvider(AccessTokenProvider)} (your own).
 *
 * <pre>{@code
 * Pinterest pinterest = Pinterest.builder()
 *     .tokenStore(new FileTokenStore(path))
 *     .appCredentials(appId, appSecret)
 *     .readTimeout(Duration.ofSeconds(20))
 *     .retryPolicy(RetryPolicy.builder().maxRetries(5).build())
 *     .build();
 * }</pre>
 */
public final class PinterestBuilder implements Cloneable {
  HttpUrl baseUrl = BaseUrls.PRODUCTION;
  boolean sandbox;
  // At most one of these three is set: where tokens come from.
  String accessToken;
  TokenStore tokenStore;
  AccessTokenProvider tokenProvider;
  AppCredentials appCredentials;
  Duration tokenRefreshSkew = Duration.ofMinutes(5);
  Duration tokenRefreshTimeout = Duration.ofSeconds(20);
  OkHttpClient okHttpClient;
  // Set by Pinterest.newBuilder(): the resources okHttpClient's dispatcher and pool belong to.
  SharedResources sharedResources;
  Duration connectTimeout;
  Duration readTimeout;
  Duration writeTimeout;
  Duration callTimeout;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  RateLimitListener rateLimitListener = RateLimitListener.NONE;
  Duration maxRateLimitWait = Duration.ofSeconds(60);
  long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  // Shared state for a fleet of processes; null keeps everything in this process.
  RateLimitBackend rateLimitBackend;
  RefreshCoordinator refreshCoordinator;
  HttpLogger logger;
  HttpLogLevel logLevel = HttpLogLevel.BASIC;
  String applicationName;
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.SYSTEM;
  DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

  /** 64 MiB: a 250-pin page is about 0.5 MB, so no JSON answer of Pinterest's comes near it. */
  static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

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

  /**
   * A fixed access token, sent as {@code Authorization: Bearer …} to the API host only. With
   * {@link #appCredentials(AppCredentials)} holding a refresh token too, it is refreshed when it
   * expires or Pinterest answers 401.
   */
  public PinterestBuilder accessToken(String token) {
    if (token == null || token.trim().isEmpty()) {
      throw new IllegalArgumentException("access token is empty");
    }
    clearTokenSource();
    this.accessToken = token.trim();
    return this;
  }

  /**
   * Tokens from {@code store}, refreshed shortly before they expire and after a 401, one refresh
   * at a time, each refreshed token saved back. Needs {@link #appCredentials(String, String)}.
   */
  public PinterestBuilder tokenStore(TokenStore store) {
    if (store == null) {
      throw new IllegalArgumentException("store is required");
    }
    clearTokenSource();
    this.tokenStore = store;
    return this;
  }

  /** Where tokens come from for each call, when neither a fixed token nor a store fits. */
  public PinterestBuilder accessTokenProvider(AccessTokenProvider provider) {
    if (provider == null) {
      throw new IllegalArgumentException("provider is required");
    }
    clearTokenSource();
    this.tokenProvider = provider;
    return this;
  }

  /** The app's id and secret, for token refresh and {@link Pinterest#oauthClient()}. */
  public PinterestBuilder appCredentials(String appId, String appSecret) {
    return appCredentials(AppCredentials.of(appId, appSecret));
  }

  /**
   * The app's id and secret, and possibly a refresh token: with one, and no
   * {@link #tokenStore(TokenStore)}, the client refreshes from it (keeping the result in memory).
   */
  public PinterestBuilder appCredentials(@Nullable AppCredentials appCredentials) {
    this.appCredentials = appCredentials;
    return this;
  }

  /** How long before expiry a stored token is refreshed. Default 5 minutes. */
  public PinterestBuilder tokenRefreshSkew(Duration skew) {
    if (skew == null || skew.isNegative()) {
      throw new IllegalArgumentException("skew must be zero or positive");
    }
    this.tokenRefreshSkew = skew;
    return this;
  }

  /**
   * The longest one token refresh may take, and so the longest any call waits for a refresh
   * under way (another thread's included). Default 20 s; the call then fails with an
   * {@code OAuthException}.
   */
  public PinterestBuilder tokenRefreshTimeout(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    this.tokenRefreshTimeout = timeout;
    return this;
  }

  /**
   * Settings from environment variables ({@code PINTEREST_ACCESS_TOKEN},
   * {@code PINTEREST_REFRESH_TOKEN}, {@code PINTEREST_APP_ID}, {@code PINTEREST_APP_SECRET},
   * {@code PINTEREST_API_URI}); variables that are unset change nothing. Modules on the class
   * path may read more through {@link EnvironmentExtension} ({@code PINTEREST_REDIS_URI}).
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
  public PinterestBuilder okHttpClient(@Nullable OkHttpClient client) {
    this.okHttpClient = client;
    this.sharedResources = null;
    return this;
  }

  /** Default 10 s. With {@link #okHttpClient}, unset timeouts keep that client's values. */
  public PinterestBuilder connectTimeout(@Nullable Duration timeout) {
    this.connectTimeout = timeout;
    return this;
  }

  /** Default 30 s. */
  public PinterestBuilder readTimeout(@Nullable Duration timeout) {
    this.readTimeout = timeout;
    return this;
  }

  /** Default 30 s. */
  public PinterestBuilder writeTimeout(@Nullable Duration timeout) {
    this.writeTimeout = timeout;
    return this;
  }

  /** A bound on a whole call, retries and waits included. Default none. */
  public PinterestBuilder callTimeout(@Nullable Duration timeout) {
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

  /**
   * The largest JSON answer the client reads. A longer body is not read into memory: the call
   * fails with a {@code PinterestDecodeException} that names the limit. Default 64 MiB. Report
   * files are downloaded by the reports workflow, which has limits of its own.
   */
  public PinterestBuilder maxResponseBytes(long bytes) {
    this.maxResponseBytes = bytes;
    return this;
  }

  /**
   * Rate-limit budgets shared with other processes (the {@code pinterest-api-redis} module's
   * {@code RedisFleet}), checked besides this client's own state. Null, the default, keeps them
   * in this process only.
   */
  public PinterestBuilder rateLimitBackend(@Nullable RateLimitBackend backend) {
    this.rateLimitBackend = backend;
    return this;
  }

  /**
   * Who refreshes the token when other processes share the {@link #tokenStore(TokenStore)}; null,
   * the default, refreshes in this process.
   */
  public PinterestBuilder refreshCoordinator(@Nullable RefreshCoordinator coordinator) {
    this.refreshCoordinator = coordinator;
    return this;
  }

  /** Logs every exchange, redacted, to {@code logger}. Off by default. */
  public PinterestBuilder logging(@Nullable HttpLogger logger, HttpLogLevel level) {
    this.logger = logger;
    this.logLevel = level;
    return this;
  }

  /** Appended to the User-Agent, such as {@code catalog-sync/2.1}. */
  public PinterestBuilder applicationName(@Nullable String applicationName) {
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
    require(maxResponseBytes > 0 && maxResponseBytes < Integer.MAX_VALUE, "maxResponseBytes");
    require(clock != null && sleeper != null && random != null, "clock, sleeper and random");
    require(logger == null || logLevel != null, "logLevel");
    if (tokenStore != null && !hasAppSecret()) {
      throw new IllegalStateException("tokenStore(…) refreshes tokens, which needs"
          + " appCredentials(appId, appSecret); for a token that never changes use accessToken(…)");
    }
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

  /** Whether the app id and secret are both known, so tokens can be refreshed. */
  boolean hasAppSecret() {
    return appCredentials != null && appCredentials.appId() != null
        && appCredentials.appSecret() != null;
  }

  private void clearTokenSource() {
    accessToken = null;
    tokenStore = null;
    tokenProvider = null;
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
