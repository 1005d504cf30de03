package io.github.pinterestapi.extras.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} to requests for the configured Pinterest API origin,
 * and to nothing else: S3 upload URLs and report download URLs go through the same client and
 * must never see the token.
 *
 * <p>A request that already carries {@code Authorization} (the OAuth token endpoint uses Basic
 * credentials) is left alone. After a 401 the provider may offer a new token once, as OkHttp's
 * {@code Authenticator} would; a second 401 reaches the caller.
 *
 * <pre>{@code
 * new BearerAuthInterceptor(HttpUrl.get("https://api.pinterest.com/v5/"), AccessTokenProvider.of(token))
 * }</pre>
 */
public final class BearerAuthInterceptor implements Interceptor {
  private final HttpUrl apiBaseUrl;
  private final AccessTokenProvider tokens;

  public BearerAuthInterceptor(HttpUrl apiBaseUrl, AccessTokenProvider tokens) {
    this.apiBaseUrl = apiBaseUrl;
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isApiOrigin(request.url()) || request.header("Authorization") != null) {
      return chain.proceed(request);
    }
    String token = ask(() -> tokens.accessToken());
    if (token == null || token.isEmpty()) {
      return chain.proceed(request);
    }
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401) {
      return response;
    }
    String fresh = ask(() -> tokens.tokenAfterUnauthorized(token));
    if (fresh == null || fresh.isEmpty() || fresh.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, fresh));
  }

  /** Same scheme, host and port as the API base URL. */
  boolean isApiOrigin(HttpUrl url) {
    return url.scheme().equals(apiBaseUrl.scheme())
        && url.host().equals(apiBaseUrl.host())
        && url.port() == apiBaseUrl.port();
  }

  private static Request withToken(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }

  private interface TokenQuestion {
    String ask();
  }

  private static String ask(TokenQuestion question) throws IOException {
    try {
      return question.ask();
    } catch (PinterestException e) {
      throw new ClientRefusal(e); // Keeps async calls' dispatcher threads alive; see ClientRefusal.
    }
  }
}
