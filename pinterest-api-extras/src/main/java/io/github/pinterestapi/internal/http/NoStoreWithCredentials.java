package io.github.pinterestapi.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps answers to requests that carry credentials out of any OkHttp {@code Cache}, by marking
 * them {@code Cache-Control: no-store}. OkHttp keys its cache by URL alone, so two clients with
 * different tokens over one shared {@code OkHttpClient} would otherwise be served each other's
 * answers. Runs inside the auth interceptor, where the {@code Authorization} header is already
 * set; requests without one (public downloads) keep whatever caching they had.
 *
 * <pre>{@code
 * builder.addInterceptor(new NoStoreWithCredentials()); // after the auth interceptor
 * }</pre>
 */
final class NoStoreWithCredentials implements Interceptor {
  static final String NO_STORE = "no-store";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    // The auth interceptor marks its tokens no-store already: no second copy of the request.
    if (request.header("Authorization") == null
        || NO_STORE.equals(request.header("Cache-Control"))) {
      return chain.proceed(request);
    }
    // no-store on the request both bypasses a stored answer and keeps this one from being stored.
    return chain.proceed(request.newBuilder().header("Cache-Control", NO_STORE).build());
  }
}
