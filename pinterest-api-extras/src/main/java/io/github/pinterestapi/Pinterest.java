package io.github.pinterestapi;

import io.github.pinterestapi.extras.http.PinterestCalls;
import io.github.pinterestapi.extras.http.PinterestConverterFactory;
import io.github.pinterestapi.extras.http.PinterestException;
import io.github.pinterestapi.extras.http.RateLimitTracker;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.Closeable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * The Pinterest API v5 client: every generated service, over one shared OkHttpClient with
 * retries, rate limits, bearer auth and typed errors. Immutable and thread-safe; make one and
 * share it.
 *
 * <pre>{@code
 * Pinterest pinterest = Pinterest.builder().accessToken(token).build();
 * Account me = pinterest.execute(pinterest.userAccount().userAccountGet(null));
 * pinterest.executeAsync(pinterest.pins().pinsGet(pinId, null, null)).thenAccept(System.out::println);
 * }</pre>
 *
 * <p>{@code execute} returns the body or throws a {@link PinterestException} subclass: see
 * {@code io.github.pinterestapi.extras.http} for the kinds.
 */
public final class Pinterest extends PinterestServices implements Closeable {
  /** {@code https://api.pinterest.com/v5/} */
  public static final String PRODUCTION_URL = BaseUrls.PRODUCTION.toString();
  /** {@code https://api-sandbox.pinterest.com/v5/} */
  public static final String SANDBOX_URL = BaseUrls.SANDBOX.toString();

  private final PinterestBuilder settings;
  private final RateLimitTracker rateLimits = new RateLimitTracker();
  private final boolean ownsClient;
  // Without our interceptors: what newBuilder() shares, so they are never added twice.
  private final OkHttpClient baseClient;
  private final OkHttpClient httpClient;
  private final Retrofit retrofit;
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

  Pinterest(PinterestBuilder settings) {
    this.settings = settings;
    this.ownsClient = settings.okHttpClient == null;
    this.baseClient = ownsClient ? HttpClientFactory.newBase() : settings.okHttpClient;
    this.httpClient = HttpClientFactory.create(baseClient, settings, rateLimits);
    this.retrofit = new Retrofit.Builder()
        .baseUrl(settings.baseUrl)
        .client(httpClient)
        .addConverterFactory(PinterestConverterFactory.create(PinterestMoshi.get()))
        // Complete futures on OkHttp's thread; Retrofit would post to Android's main thread.
        .callbackExecutor(Runnable::run)
        .build();
  }

  /** A builder for production with no token; set one with {@code accessToken(…)}. */
  public static PinterestBuilder builder() {
    return new PinterestBuilder();
  }

  /** A client configured from the process environment; see {@link #fromEnv(Map)}. */
  public static Pinterest fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * A client configured from {@code env}: {@code PINTEREST_ACCESS_TOKEN},
   * {@code PINTEREST_API_URI} (production when unset), and {@code PINTEREST_APP_ID},
   * {@code PINTEREST_APP_SECRET}, {@code PINTEREST_REFRESH_TOKEN} as {@link #appCredentials()}.
   */
  public static Pinterest fromEnv(Map<String, String> env) {
    return builder().environment(env).build();
  }

  /**
   * A builder with this client's settings. Clients built from it share this one's connection pool
   * and dispatcher, which stay owned by this client.
   */
  public PinterestBuilder newBuilder() {
    PinterestBuilder copy = settings.copy();
    copy.okHttpClient = baseClient;
    return copy;
  }

  /** The service for any generated interface, created once. */
  @Override
  public <T> T api(Class<T> service) {
    if (!service.isInterface()) {
      throw new IllegalArgumentException(service.getName() + " is not a Retrofit service interface");
    }
    return service.cast(services.computeIfAbsent(service, retrofit::create));
  }

  /** Runs the call and returns its body (null for no content), or throws a {@link PinterestException}. */
  public <T> T execute(Call<T> call) {
    return PinterestCalls.execute(call);
  }

  /** Runs the call on OkHttp's dispatcher; cancelling the future cancels the call. */
  public <T> CompletableFuture<T> executeAsync(Call<T> call) {
    return PinterestCalls.executeAsync(call);
  }

  /** The base URL calls are made against, ending in {@code /v5/}. */
  public HttpUrl baseUrl() {
    return settings.baseUrl;
  }

  /** Whether sandbox rules apply: operations the sandbox lacks fail unsent. */
  public boolean isSandbox() {
    return settings.sandbox;
  }

  /** The latest rate-limit state of each category this client has called. */
  public RateLimitTracker rateLimits() {
    return rateLimits;
  }

  /** The app credentials configured or read from the environment. */
  public Optional<AppCredentials> appCredentials() {
    return Optional.ofNullable(settings.appCredentials);
  }

  /** The shared OkHttpClient, with this client's interceptors; for S3 uploads and downloads. */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /** The Retrofit instance, for service interfaces of one's own. */
  public Retrofit retrofit() {
    return retrofit;
  }

  /**
   * Releases the threads and connections of a client this object created. A client passed to
   * {@code okHttpClient(…)} belongs to the caller and is left alone.
   */
  @Override
  public void close() {
    if (ownsClient) {
      httpClient.dispatcher().executorService().shutdown();
      httpClient.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "Pinterest{baseUrl=" + settings.baseUrl + ", sandbox=" + settings.sandbox
        + ", authenticated=" + (settings.tokens != null) + "}";
  }
}
