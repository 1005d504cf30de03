package io.github.pinterestapi.extras.http;

import io.github.pinterestapi.errors.PlainHttpRefusedException;
import io.github.pinterestapi.extras.oauth.AccessTokenInterceptor;
import io.github.pinterestapi.internal.Origins;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * An OkHttpClient for the URLs Pinterest hands out (S3 upload URLs, report download URLs), derived
 * from the Pinterest client's shared one: same connection pool, dispatcher, timeouts, retries and
 * logging, but without the bearer-token interceptor, with any {@code Authorization} header
 * removed before a request leaves, and refusing plain http except on loopback.
 *
 * <pre>{@code
 * OkHttpClient storage = TokenFreeClient.from(pinterest.httpClient());
 * }</pre>
 *
 * <p>The shared client already sends the token to the API host only; this is a second wall, so a
 * mistake elsewhere (an upload URL on the API host, a caller-added header) cannot leak it either.
 * The presigned URLs carry their own credentials in the form fields or query string.
 */
public final class TokenFreeClient {
  private TokenFreeClient() {}

  /** {@code shared} without bearer auth; shares its pool and dispatcher, so it is cheap. */
  public static OkHttpClient from(OkHttpClient shared) {
    OkHttpClient.Builder builder = shared.newBuilder();
    builder.interceptors().removeIf(i -> i instanceof AccessTokenInterceptor);
    builder.networkInterceptors().removeIf(i -> i instanceof AccessTokenInterceptor);
    builder.addNetworkInterceptor(new StripAuthorization());
    builder.interceptors().add(0, new PlainHttpGuard());
    return builder.build();
  }

  /** Presigned URLs carry credentials in their query or form: never over plain http off loopback. */
  private static final class PlainHttpGuard implements Interceptor {
    @Override
    public okhttp3.Response intercept(Chain chain) throws java.io.IOException {
      if (!Origins.isSecureOrLoopback(chain.request().url())) {
        throw new ClientRefusal(new PlainHttpRefusedException(chain.request().url().host()));
      }
      return chain.proceed(chain.request());
    }
  }

  /** Runs as a network interceptor, so it also sees redirects and what application code added. */
  private static final class StripAuthorization implements Interceptor {
    @Override
    public okhttp3.Response intercept(Chain chain) throws java.io.IOException {
      Request request = chain.request();
      if (request.header("Authorization") == null) {
        return chain.proceed(request);
      }
      return chain.proceed(request.newBuilder().removeHeader("Authorization").build());
    }
  }
}
