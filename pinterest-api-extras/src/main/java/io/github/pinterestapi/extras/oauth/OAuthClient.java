package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.ExtraParams;
import io.github.pinterestapi.RequestOptions;
import io.github.pinterestapi.errors.PlainHttpRefusedException;
import io.github.pinterestapi.errors.RedirectRefusedException;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.paging.Pager;
import io.github.pinterestapi.internal.OkHttpFollowUps;
import io.github.pinterestapi.internal.Origins;
import io.github.pinterestapi.internal.http.AccessTokenInterceptor;
import io.github.pinterestapi.internal.http.PinterestConverterFactory;
import io.github.pinterestapi.v5.api.OauthApi;
import io.github.pinterestapi.v5.api.Scope;
import io.github.pinterestapi.v5.model.ModelJsonAdapters;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponse;
import io.github.pinterestapi.v5.params.OauthTokenParams;
import io.github.pinterestapi.v5.params.TokenRevokeParams;
import io.github.pinterestapi.v5.runtime.GeneratedAdapters;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import io.github.pinterestapi.v5.services.OauthService;
import io.github.pinterestapi.v5.services.Services;
import io.github.pinterestapi.v5.services.internal.ServiceRunner;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Talks to Pinterest's token endpoint for an app: exchanges an authorization code, refreshes,
 * gets a client-credentials token, and revokes.
 *
 * <p>Every request goes through the generated {@link OauthApi} as a form, with the app's id and
 * secret in an {@code Authorization: Basic} header and never in the body. An invalid grant throws
 * {@link SignInRequiredException}; other refusals throw {@link OAuthException}.
 *
 * <pre>{@code
 * OAuthClient oauth = OAuthClient.builder().appId(appId).appSecret(appSecret).build();
 * Token token = oauth.exchangeCode(code, "myapp://oauth");
 * Token fresh = oauth.refresh(token);
 * }</pre>
 */
public final class OAuthClient {
  /** Pinterest's API, which serves the token endpoint at {@code oauth/token}. */
  public static final String PINTEREST_API = "https://api.pinterest.com/v5/";
  static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(20);

  private static final Interceptor RESTORE = OkHttpFollowUps.restoreRetryAfter();
  /** A token answer is a few hundred bytes; a longer one is refused, not read into memory. */
  static final long MAX_ANSWER_BYTES = 64 * 1024;

  private final OauthApi api;
  private final Duration callTimeout;
  private final Clock clock;
  private final String appSecret;
  private final String description;

  private OAuthClient(Builder builder) {
    final String basic = Credentials.basic(builder.appId, builder.appSecret,
        Charset.forName("UTF-8"));
    OkHttpClient.Builder http = builder.client != null ? builder.client.newBuilder()
        : new OkHttpClient.Builder();
    // A shared client may add a bearer token and refresh on 401; neither belongs on the token
    // endpoint (refreshing there would recurse), so take them out and put the app's header first.
    http.interceptors().removeIf(i -> i instanceof AccessTokenInterceptor);
    http.interceptors().add(0, new Interceptor() {
      @Override
      public okhttp3.Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", basic).build());
      }
    });
    // The refresh token and the code must reach Pinterest once, and nowhere else: OkHttp's own
    // resending and redirect following are off, and a redirect answer fails in execute().
    OkHttpFollowUps.takeOver(http);
    if (http.interceptors().stream().noneMatch(i -> i.getClass() == RESTORE.getClass())) {
      http.addInterceptor(RESTORE);
    }
    // Every token endpoint answers with this type; naming it keeps its adapter (and only it).
    GeneratedAdapters.register(OauthAccessTokenResponse.class,
        ModelJsonAdapters::ofOauthAccessTokenResponse);
    this.api = new Retrofit.Builder()
        .baseUrl(builder.baseUrl)
        .client(http.build())
        .addConverterFactory(
            PinterestConverterFactory.create(PinterestMoshi.onDemand(), MAX_ANSWER_BYTES))
        .build()
        .create(OauthApi.class);
    this.clock = builder.clock;
    this.callTimeout = builder.callTimeout;
    this.appSecret = builder.appSecret;
    this.description = "OAuthClient{appId=" + builder.appId + ", api=" + builder.baseUrl + "}";
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Trades the code from the redirect for a token.
   *
   * @param redirectUri the redirect URI the authorization URL named, exactly
   * @throws SignInRequiredException if the code was already used, expired, or is unknown
   */
  public Token exchangeCode(String code, String redirectUri) {
    requireText(code, "code");
    requireText(redirectUri, "redirectUri");
    OauthTokenParams params = OauthTokenParams.builder()
        .grantType("authorization_code").code(code).redirectUri(redirectUri).build();
    return toToken(tokenEndpoint("the code exchange", code).token(params), null);
  }

  /**
   * A new access token for {@code token}'s refresh token. Asks for continuous refresh, so Pinterest
   * may also rotate the refresh token; if it sends none, the old one is kept.
   *
   * @throws SignInRequiredException if there is no refresh token, it has expired, or Pinterest
   *     rejects it
   */
  public Token refresh(Token token) {
    if (token.refreshToken() == null) {
      throw new SignInRequiredException("This token has no refresh token");
    }
    if (!token.canRefresh(clock)) {
      throw new SignInRequiredException("The refresh token expired at " + token.refreshExpiresAt());
    }
    return toToken(tokenEndpoint("the token refresh", token.refreshToken(), token.accessToken())
        .token(refreshParams(token.refreshToken())), token);
  }

  /**
   * A new access token for {@code refreshToken} alone, as when only {@code PINTEREST_REFRESH_TOKEN}
   * is known. The result keeps {@code refreshToken} when Pinterest sends no new one.
   *
   * @throws SignInRequiredException if Pinterest rejects it
   */
  public Token refresh(String refreshToken) {
    requireText(refreshToken, "refreshToken");
    Token token = toToken(
        tokenEndpoint("the token refresh", refreshToken).token(refreshParams(refreshToken)), null);
    return token.refreshToken() != null ? token
        : token.toBuilder().refreshToken(refreshToken).build();
  }

  /** A token for the app itself (no user), with {@code scopes}. It has no refresh token. */
  public Token clientCredentials(Scope... scopes) {
    return clientCredentials(Arrays.asList(scopes));
  }

  /** A token for the app itself (no user), with {@code scopes}. It has no refresh token. */
  public Token clientCredentials(Collection<Scope> scopes) {
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("At least one scope is required");
    }
    OauthTokenParams params = OauthTokenParams.builder()
        .grantType("client_credentials").scope(Scope.join(scopes)).build();
    return toToken(tokenEndpoint("the client-credentials grant").token(params), null);
  }

  /** Revokes an access token (Pinterest supports this for system users' tokens). */
  public void revokeAccessToken(String accessToken) {
    revoke(accessToken, "access_token");
  }

  /** Revokes a refresh token (Pinterest supports this for system users' tokens). */
  public void revokeRefreshToken(String refreshToken) {
    revoke(refreshToken, "refresh_token");
  }

  private void revoke(String token, String hint) {
    requireText(token, "token");
    tokenEndpoint("the token revocation", token)
        .tokenRevoke(TokenRevokeParams.builder().token(token).tokenTypeHint(hint).build());
  }

  private static OauthTokenParams refreshParams(String refreshToken) {
    return OauthTokenParams.builder().grantType("refresh_token").refreshToken(refreshToken)
        .continuousRefresh(Boolean.TRUE).build();
  }

  /**
   * The generated service for one token-endpoint call, run through {@link #execute} (Basic
   * credentials, no redirects, secrets scrubbed from messages) rather than the client's path.
   */
  private OauthService tokenEndpoint(String operation, String... secrets) {
    return new Services(new TokenEndpoint(operation, secrets)).oauth();
  }

  private final class TokenEndpoint implements ServiceRunner {
    private final String operation;
    private final String[] secrets;

    TokenEndpoint(String operation, String[] secrets) {
      this.operation = operation;
      this.secrets = secrets;
    }

    @Override
    public <A> A api(Class<A> retrofitInterface) {
      if (retrofitInterface != OauthApi.class) {
        throw new IllegalArgumentException("the token endpoint serves OauthApi only");
      }
      return retrofitInterface.cast(api);
    }

    @Override
    public <T> T execute(Call<T> call, ExtraParams extra, RequestOptions options) {
      return OAuthClient.this.execute(call, operation, secrets);
    }

    @Override
    public <T> CompletableFuture<T> executeAsync(Call<T> call, ExtraParams extra,
        RequestOptions options) {
      throw new UnsupportedOperationException("token requests run synchronously");
    }

    @Override
    public <T> Pager<T> paginate(Pager<T> pager, Integer pageSize, String bookmark,
        ExtraParams extra, RequestOptions options) {
      throw new UnsupportedOperationException("the token endpoint does not page");
    }
  }

  private Token toToken(OauthAccessTokenResponse response, Token previous) {
    if (response == null) {
      throw new OAuthException("Pinterest answered the token request with an empty body");
    }
    return TokenResponses.toToken(response, clock.instant(), previous);
  }

  private <T> T execute(Call<T> call, String operation, String... secrets) {
    String[] all = Arrays.copyOf(secrets, secrets.length + 1);
    all[secrets.length] = appSecret;
    Response<T> response;
    // A hung token endpoint must not hold every caller waiting on this refresh for long.
    call.timeout().timeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      response = call.execute();
    } catch (IOException e) {
      if (e.getCause() instanceof RedirectRefusedException) {
        throw redirected(operation, ((RedirectRefusedException) e.getCause()).statusCode(), e);
      }
      throw new OAuthException(operation + " failed before Pinterest answered: "
          + OAuthErrors.scrub(String.valueOf(e.getMessage()), all), e);
    } catch (Throwable e) {
      // Decoding failures (Moshi's JsonDataException) arrive unchecked; Errors are contained too.
      throw new OAuthException("Pinterest's answer to " + operation + " could not be read", e);
    }
    if (response.code() >= 300 && response.code() < 400) {
      if (response.errorBody() != null) {
        response.errorBody().close();
      }
      throw redirected(operation, response.code(), null);
    }
    if (!response.isSuccessful()) {
      throw OAuthErrors.fromResponse(operation, response, all);
    }
    return response.body();
  }

  private static OAuthException redirected(String operation, int status, Throwable cause) {
    return new OAuthException("The token endpoint answered " + operation + " with a redirect (HTTP "
        + status + "), which is never followed: the app's credentials and grants go to the"
        + " configured API origin only, and no token from elsewhere is adopted", cause);
  }

  /** Names the app and the API; never the secret. */
  @Override
  public String toString() {
    return description;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  /** Collects an {@link OAuthClient}'s settings. */
  public static final class Builder {
    private String appId;
    private String appSecret;
    private HttpUrl baseUrl = HttpUrl.get(PINTEREST_API);
    private OkHttpClient client;
    private Clock clock = Clock.systemUTC();
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;

    private Builder() {}

    /** The app id from the Pinterest developer portal. */
    public Builder appId(String appId) {
      this.appId = appId;
      return this;
    }

    /** The app secret; it only ever travels in the Basic header. */
    public Builder appSecret(String appSecret) {
      this.appSecret = appSecret;
      return this;
    }

    /**
     * Another API base, such as a fake Pinterest; must end in {@code /}. https is required except
     * on loopback.
     *
     * @throws PlainHttpRefusedException for plain http to another host
     */
    public Builder baseUrl(String baseUrl) {
      return baseUrl(HttpUrl.get(baseUrl));
    }

    /** As {@link #baseUrl(String)}. */
    public Builder baseUrl(HttpUrl baseUrl) {
      this.baseUrl = baseUrl == null ? null : Origins.requireSecureOrLoopback(baseUrl);
      return this;
    }

    /**
     * The longest one token-endpoint call may take, connecting and reading included; default
     * 20 s. Every thread waiting on a refresh waits at most about this long.
     */
    public Builder callTimeout(Duration callTimeout) {
      if (callTimeout == null || callTimeout.isNegative() || callTimeout.isZero()) {
        throw new IllegalArgumentException("callTimeout must be positive");
      }
      this.callTimeout = callTimeout;
      return this;
    }

    /** Shares this client's connections, dispatcher and interceptors (auth ones are dropped). */
    public Builder okHttpClient(OkHttpClient client) {
      this.client = client;
      return this;
    }

    /** The clock that dates expiries; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public OAuthClient build() {
      requireText(appId, "appId");
      requireText(appSecret, "appSecret");
      if (baseUrl == null || clock == null) {
        throw new IllegalStateException("baseUrl and clock must not be null");
      }
      return new OAuthClient(this);
    }
  }
}
