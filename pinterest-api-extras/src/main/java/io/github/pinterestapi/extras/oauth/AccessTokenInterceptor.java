package io.github.pinterestapi.extras.oauth;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} to requests for the Pinterest API host, and after a
 * 401 asks the provider for a new token and retries once.
 *
 * <p>The token goes only to the configured API host (scheme, host and port), never to upload or
 * download URLs elsewhere. A request that already carries an {@code Authorization} header (the
 * token endpoint's Basic one) is left alone. Retrying once, and only with a token that differs
 * from the one that failed, means a 401 can never start a loop.
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

  public AccessTokenInterceptor(AccessTokenProvider tokens, HttpUrl apiBase) {
    if (tokens == null || apiBase == null) {
      throw new IllegalArgumentException("tokens and apiBase are required");
    }
    this.tokens = tokens;
    this.apiBase = apiBase;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isApiHost(request.url()) || request.header("Authorization") != null) {
      return chain.proceed(request);
    }
    String token;
    try {
      token = tokens.accessToken();
    } catch (OAuthException e) {
      throw new TokenUnavailableException(e);
    }
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401 || (request.body() != null && request.body().isOneShot())) {
      return response;
    }
    String retryWith;
    try {
      retryWith = tokens.onUnauthorized(token);
    } catch (OAuthException e) {
      response.close();
      throw new TokenUnavailableException(e);
    }
    if (retryWith == null || retryWith.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, retryWith));
  }

  private boolean isApiHost(HttpUrl url) {
    return url.scheme().equals(apiBase.scheme()) && url.host().equalsIgnoreCase(apiBase.host())
        && url.port() == apiBase.port();
  }

  private static Request withToken(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }

  @Override
  public String toString() {
    return "AccessTokenInterceptor{" + apiBase.host() + "}";
  }
}
