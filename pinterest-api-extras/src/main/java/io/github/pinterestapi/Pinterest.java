package io.github.pinterestapi;

import io.github.pinterestapi.errors.PinterestAuthenticationException;
import io.github.pinterestapi.extras.http.PinterestCalls;
import io.github.pinterestapi.internal.http.PinterestConverterFactory;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.extras.http.RateLimitTracker;
import io.github.pinterestapi.internal.http.RateLimitBook;
import io.github.pinterestapi.extras.http.RetryPolicy;
import io.github.pinterestapi.extras.oauth.AccessTokenProvider;
import io.github.pinterestapi.extras.oauth.OAuthClient;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.paging.Pager;
import io.github.pinterestapi.v5.runtime.Page;
import io.github.pinterestapi.v5.model.ModelJsonAdapters;
import io.github.pinterestapi.v5.runtime.GeneratedAdapters;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import io.github.pinterestapi.v5.services.PinterestServices;
import io.github.pinterestapi.v5.services.Services;
import io.github.pinterestapi.v5.services.internal.ServiceRunner;
import java.io.Closeable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * The Pinterest API v5 client: every generated service ({@code pins()}, {@code boards()}, …),
 * over one shared OkHttpClient with retries, rate limits, bearer auth (refreshed when it can be)
 * and typed errors. Immutable and thread-safe; make one and share it.
 *
 * <pre>{@code
 * Pinterest pinterest = Pinterest.builder().accessToken(token).build();
 * Account me = pinterest.userAccount().get();
 * pinterest.pins().async().get(PinsGetParams.builder().pinId(pinId).build()).thenAccept(System.out::println);
 * for (Board board : pinterest.boards().listAll()) { … }
 * }</pre>
 *
 * <p>A service call returns the body or throws a {@link PinterestException} subclass: see
 * {@code io.github.pinterestapi.errors} for the kinds. When no token can be had (an invalid
 * grant, an empty token store) it throws the OAuth package's {@link SignInRequiredException}.
 * The positional Retrofit interfaces stay reachable as {@code api(BoardsApi.class)}, and
 * {@link #execute(Call)} runs their calls the same way.
 */
public final class Pinterest implements PinterestServices, Closeable {
  /** {@code https://api.pinterest.com/v5/} */
  public static final String PRODUCTION_URL = BaseUrls.PRODUCTION.toString();
  /** {@code https://api-sandbox.pinterest.com/v5/} */
  public static final String SANDBOX_URL = BaseUrls.SANDBOX.toString();

  private final PinterestBuilder settings;
  private final RateLimitBook rateLimits = new RateLimitBook();
  // Null when the caller's own OkHttpClient is used: the caller owns its resources.
  private final SharedResources resources;
  private final AtomicBoolean closed = new AtomicBoolean();
  // Without our interceptors: what newBuilder() shares, so they are never added twice.
  private final OkHttpClient baseClient;
  private final OkHttpClient httpClient;
  private final OAuthClient oauth;
  private final AccessTokenProvider tokens;
  private final Retrofit retrofit;
  // The services name the types they read and send; api() adds every other generated type.
  private final GeneratedAdapters generatedAdapters = new GeneratedAdapters();
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();
  private final Services services = new Services(new Runner());

  Pinterest(PinterestBuilder settings) {
    this.settings = settings;
    if (settings.okHttpClient == null) {
      this.baseClient = HttpClientFactory.newBase();
      this.resources = new SharedResources(baseClient);
    } else {
      this.baseClient = settings.okHttpClient;
      this.resources = settings.sharedResources == null ? null : settings.sharedResources.retain();
    }
    // The token endpoint goes through the same interceptors, pool and dispatcher, minus the
    // bearer token: it takes the app's Basic credentials, and a refresh must not refresh.
    OkHttpClient withoutAuth = HttpClientFactory.create(baseClient, settings, rateLimits, null);
    this.oauth = !settings.hasAppSecret() ? null : OAuthClient.builder()
        .appId(settings.appCredentials.appId())
        .appSecret(settings.appCredentials.appSecret())
        .baseUrl(settings.baseUrl)
        .okHttpClient(withoutAuth)
        .clock(settings.clock)
        .callTimeout(settings.tokenRefreshTimeout)
        .build();
    this.tokens = ClientTokens.provider(settings, oauth);
    this.httpClient = tokens == null ? withoutAuth
        : HttpClientFactory.create(baseClient, settings, rateLimits, tokens);
    this.retrofit = new Retrofit.Builder()
        .baseUrl(settings.baseUrl)
        .callFactory(PerCallSettings.factory(httpClient, this::clientWith))
        .addConverterFactory(PinterestConverterFactory.create(
            PinterestMoshi.newBuilder(generatedAdapters).build(), settings.maxResponseBytes))
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
   * A client configured from {@code env}: {@code PINTEREST_API_URI} (production when unset);
   * with {@code PINTEREST_REFRESH_TOKEN}, {@code PINTEREST_APP_ID} and {@code PINTEREST_APP_SECRET},
   * tokens refreshed as needed (starting from {@code PINTEREST_ACCESS_TOKEN} if set); with only
   * {@code PINTEREST_ACCESS_TOKEN}, that token as is.
   */
  public static Pinterest fromEnv(Map<String, String> env) {
    return builder().environment(env).build();
  }

  /**
   * A builder with this client's settings. Clients built from it share this one's connection pool
   * and dispatcher; these are released when the last client sharing them is closed, so closing
   * this one first does not break the others.
   */
  public PinterestBuilder newBuilder() {
    PinterestBuilder copy = settings.copy();
    copy.okHttpClient = baseClient;
    copy.sharedResources = resources;
    if (tokens != null) {
      // One provider, so that the two clients never refresh the same token twice.
      copy.accessTokenProvider(tokens);
    }
    return copy;
  }

  /** Every generated service, bound to this client. */
  @Override
  public Services services() {
    return services;
  }

  /**
   * The low level: the implementation of a generated Retrofit interface (such as
   * {@code BoardsApi}), created once, whose positional methods return calls for
   * {@link #execute(Call)}.
   */
  public <T> T api(Class<T> service) {
    // Its methods name types that no code of ours has registered: from now on this client's
    // Moshi knows every generated type, as does the shared one QueryObject writes with (an app
    // that never calls api() ships only the adapters its services name).
    generatedAdapters.includeEverything(ModelJsonAdapters.all());
    PinterestMoshi.get();
    return retrofitService(service);
  }

  private <T> T retrofitService(Class<T> service) {
    if (!service.isInterface()) {
      throw new IllegalArgumentException(service.getName() + " is not a Retrofit service interface");
    }
    return service.cast(apis.computeIfAbsent(service, retrofit::create));
  }

  /**
   * Runs the call and returns its body (null for no content), or throws a
   * {@link PinterestException}; an invalid grant, from the token endpoint or from the call itself,
   * throws {@link SignInRequiredException}.
   */
  public <T> @Nullable T execute(Call<T> call) {
    try {
      return PinterestCalls.execute(call);
    } catch (PinterestAuthenticationException e) {
      throw signInIfInvalidGrant(e);
    }
  }

  /** Runs the call on OkHttp's dispatcher; cancelling the future cancels the call. */
  public <T> CompletableFuture<@Nullable T> executeAsync(Call<T> call) {
    CompletableFuture<T> future = PinterestCalls.executeAsync(call);
    CompletableFuture<T> result = new CompletableFuture<T>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        future.cancel(mayInterruptIfRunning);
        return super.cancel(mayInterruptIfRunning);
      }
    };
    future.whenComplete((body, failure) -> {
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      if (cause == null) {
        result.complete(body);
      } else if (cause instanceof PinterestAuthenticationException) {
        result.completeExceptionally(signInIfInvalidGrant((PinterestAuthenticationException) cause));
      } else {
        result.completeExceptionally(cause);
      }
    });
    return result;
  }

  /**
   * Every item of a bookmark-paginated list, fetched lazily page by page with {@link #execute},
   * so a failed page throws a {@code PagingException} whose cause is the typed exception and whose
   * {@code bookmark()} says where to resume.
   *
   * <pre>{@code
   * BoardsApi boards = pinterest.api(BoardsApi.class);
   * pinterest.paginate(bookmark -> boards.boardsList(…, bookmark, 250)).limit(500).stream()
   * }</pre>
   *
   * <p>The services' {@code …All} methods (such as {@code pinterest.boards().listAll()}) do this
   * for every bookmark-paginated operation.
   */
  public <T> Pager<T> paginate(Function<String, ? extends Call<? extends Page<T>>> fetch) {
    return Pager.of(fetch).executeWith(this::execute);
  }

  /** As {@link #paginate}, for a {@code fetch} that takes the page size the pager chooses. */
  public <T> Pager<T> paginateSized(
      BiFunction<String, Integer, ? extends Call<? extends Page<T>>> fetch) {
    return Pager.ofSized(fetch).executeWith(this::execute);
  }

  /**
   * The app's OAuth client (code exchange, refresh, revoke), over this client's connections but
   * with the app's Basic credentials instead of the bearer token. (Not {@code oauth()}, which is
   * the generated {@code OauthService}.)
   *
   * @throws IllegalStateException if the app id and secret were not configured
   */
  public OAuthClient oauthClient() {
    if (oauth == null) {
      throw new IllegalStateException("No app credentials: set appCredentials(appId, appSecret)"
          + " or PINTEREST_APP_ID and PINTEREST_APP_SECRET");
    }
    return oauth;
  }

  /** Where this client's tokens come from; empty when it sends none. */
  public Optional<AccessTokenProvider> accessTokenProvider() {
    return Optional.ofNullable(tokens);
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
   * Releases the threads and connections this client created, once every client made from it with
   * {@link #newBuilder()} is closed too. A client passed to {@code okHttpClient(…)} belongs to the
   * caller and is left alone. Closing twice does nothing more.
   */
  @Override
  public void close() {
    if (resources != null && closed.compareAndSet(false, true)) {
      resources.release();
    }
  }

  @Override
  public String toString() {
    return "Pinterest{baseUrl=" + settings.baseUrl + ", sandbox=" + settings.sandbox
        + ", authenticated=" + (tokens != null) + "}";
  }

  /** This client's connections and interceptors, with another retry policy. */
  private OkHttpClient clientWith(RetryPolicy policy) {
    PinterestBuilder changed = settings.copy();
    changed.retryPolicy = policy;
    return HttpClientFactory.create(baseClient, changed, rateLimits, tokens);
  }

  /** The services' way in: this client's execution path, with per-call settings. */
  private final class Runner implements ServiceRunner {
    @Override
    public <A> A api(Class<A> retrofitInterface) {
      return retrofitService(retrofitInterface);
    }

    @Override
    public <T> T execute(Call<T> call, ExtraParams extra, RequestOptions options) {
      return PerCallSettings.around(extra, options, () -> Pinterest.this.execute(call));
    }

    @Override
    public <T> CompletableFuture<T> executeAsync(Call<T> call, ExtraParams extra,
        RequestOptions options) {
      return PerCallSettings.around(extra, options, () -> Pinterest.this.executeAsync(call));
    }

    @Override
    public <T> Pager<T> paginate(Pager<T> pager, Integer pageSize, String bookmark,
        ExtraParams extra, RequestOptions options) {
      Pager<T> configured = pager.executeWith(call -> execute(call, extra, options))
          .startAt(bookmark);
      return pageSize == null ? configured : configured.pageSize(pageSize);
    }
  }

  private static PinterestException signInIfInvalidGrant(PinterestAuthenticationException e) {
    return e.isInvalidGrant() ? new SignInRequiredException(e) : e;
  }
}
