package io.github.pinterestapi.extras.http;

import io.github.pinterestapi.internal.OkHttpFollowUps;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Wires the interceptors that make any OkHttpClient safe for Pinterest's credentials and writes.
 * Call {@link #outer} before adding the client's other interceptors and {@link #inner} after:
 *
 * <ul>
 *   <li>outer: {@link CallBoundaryInterceptor} (no {@code Error} escapes, error bodies capped),
 *       then {@link RedirectInterceptor} (credentials stay at their origin);
 *   <li>inner: {@link NoStoreWithCredentials} (no cross-user cache), then OkHttp's
 *       {@code Retry-After} given back ({@link OkHttpFollowUps}).
 * </ul>
 *
 * <pre>{@code
 * HttpSafety.outer(builder, apiBase);
 * builder.addInterceptor(myAuth);
 * HttpSafety.inner(builder);
 * }</pre>
 */
public final class HttpSafety {
  private HttpSafety() {}

  /** Takes over OkHttp's follow-ups and adds the outermost interceptors. */
  public static void outer(OkHttpClient.Builder builder, HttpUrl apiBase) {
    OkHttpFollowUps.takeOver(builder);
    builder.addInterceptor(new CallBoundaryInterceptor());
    builder.addInterceptor(new RedirectInterceptor(apiBase));
  }

  /** Adds the innermost interceptors. */
  public static void inner(OkHttpClient.Builder builder) {
    builder.addInterceptor(new NoStoreWithCredentials());
    builder.addInterceptor(OkHttpFollowUps.restoreRetryAfter());
  }
}
