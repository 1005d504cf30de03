package io.github.pinterestapi.internal.http;

import io.github.pinterestapi.extras.oauth.AccessTokenProvider;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.TokenUnavailableException;

/**
 * Adds {@code Authorization: Bearer <token>} to requests for the Pinterest API, and after a 401
 * asks the provider for a new token and resends once.
 *
 * <p>The token goes only to the configured API origin (scheme, host and port): S3 upload URLs and
 * report download URLs go through the same OkHttpClient and never see it. A request that already
 * carries {@code Authorization} (the token endpoint's Basic one) is left alone. Resending once,
 * and only with a token that differs from the one that failed, means a 401 can never start a
 * loop, as with OkHttp's {@code Authenticator}. A 401 means Pinterest refused the request, so
 * resending is safe for a POST too.
 *
 * <p>When the provider throws an {@link OAuthException} (an invalid grant, no stored token), the
 * call fails unsent with a {@link TokenUnavailableException} carrying it; {@code Pinterest.execute}
 * rethrows the {@code OAuthException} itself.
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(new AccessTokenInterceptor(tokens, HttpUrl.get("https://api.pinterest.com/v5/")))
 *     .build();
 * }</pre>
 */
public final class AccessTokenInterceptor implements Interceptor {
  private final AccessTokenProvider tokens;
  private final HttpUrl apiBase;
  private final @Nullable String userAgent;

  public AccessTokenInterceptor(AccessTokenProvider tokens, HttpUrl apiBase) {
    this(tokens, apiBase, null);
  }

  /**
   * @param userAgent also set on the requests this copies to add the token, or null: the client's
   *     {@link UserAgentInterceptor} comes next and then finds it set, so a call's request is
   *     copied once, not twice
   */
  public AccessTokenInterceptor(AccessTokenProvider tokens, HttpUrl apiBase,
      @Nullable String userAgent) {
    if (tokens == null || apiBase == null) {
      throw new IllegalArgumentException("tokens and apiBase are required");
    }
    this.tokens = tokens;
    this.apiBase = apiBase;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isApiOrigin(request.url()) || request.header("Authorization") != null) {
      return chain.proceed(request);
    }
    String token = ask(chain, null);
    if (token == null || token.isEmpty()) {
      return chain.proceed(request);
    }
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401 || (request.body() != null && request.body().isOneShot())) {
      return response;
    }
    String retryWith;
    try {
      retryWith = ask(chain, token);
    } catch (IOException e) {
      response.close();
      throw e;
    }
    if (retryWith == null || retryWith.isEmpty() || retryWith.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, retryWith));
  }

  /** Same scheme, host and port as the API base URL. */
  boolean isApiOrigin(HttpUrl url) {
    return url.scheme().equals(apiBase.scheme()) && url.host().equalsIgnoreCase(apiBase.host())
        && url.port() == apiBase.port();
  }

  /** The current token, or with {@code failed} set, the one to retry with after a 401. */
  private String ask(Chain chain, String failed) throws TokenUnavailableException {
    try {
      // A wait for a refresh ends when this call is cancelled, freeing its (dispatcher) thread.
      return CallCancellation.during(chain.call()::isCanceled,
          () -> failed == null ? tokens.accessToken() : tokens.onUnauthorized(failed));
    } catch (OAuthException e) {
      // Travels as an IOException: anything else would kill OkHttp's dispatcher thread on
      // asynchronous calls.
      throw new TokenUnavailableException(e);
    } catch (RuntimeException e) {
      // The provider's own message might quote a token; its type is enough to go on.
      throw new TokenUnavailableException(new OAuthException(
          "The access token provider failed: " + e.getClass().getName(), e));
    }
  }

  private Request withToken(Request request, String token) {
    // With the no-store NoStoreWithCredentials would add next, and the user agent: one copy of
    // the request, not three.
    Request.Builder withToken = request.newBuilder()
        .header("Authorization", "Bearer " + token)
        .header("Cache-Control", NoStoreWithCredentials.NO_STORE);
    if (userAgent != null) {
      withToken.header("User-Agent", userAgent);
    }
    return withToken.build();
  }

  @Override
  public String toString() {
    return "AccessTokenInterceptor{" + apiBase.host() + "}";
  }
}
