package io.github.pinterestapi.internal;

import java.io.IOException;
import okhttp3.Authenticator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Takes from OkHttp every decision to send a request again, so that only
 * {@link io.github.pinterestapi.extras.http.RetryPolicy} (and {@code RedirectInterceptor} for
 * redirects) decides, and a POST is never sent twice by a layer the caller did not opt into.
 *
 * <p>OkHttp 4.12's {@code RetryAndFollowUpInterceptor} would otherwise resend: after a connection
 * failure ({@code retryOnConnectionFailure}); on 408 (when that flag is on); on 503 whose
 * {@code Retry-After} is {@code 0}, whatever the method and whatever the flag; on 3xx redirects
 * ({@code followRedirects}, {@code followSslRedirects}); on 401 through the client's
 * {@code Authenticator}. The flags are turned off here. The 503 rule has no flag, so a network
 * interceptor moves {@code Retry-After} of 408 and 503 answers out of OkHttp's sight (which also
 * spares OkHttp's own parser, which throws on a number beyond {@code int}), and
 * {@link #restoreRetryAfter()}, the innermost application interceptor, puts it back.
 *
 * <pre>{@code
 * OkHttpFollowUps.takeOver(builder);
 * builder.addInterceptor(OkHttpFollowUps.restoreRetryAfter());
 * }</pre>
 */
public final class OkHttpFollowUps {
  static final String HELD_RETRY_AFTER = "X-Pinterest-Client-Held-Retry-After";

  private OkHttpFollowUps() {}

  /** Turns off OkHttp's own resending on {@code builder}; safe to call more than once. */
  public static OkHttpClient.Builder takeOver(OkHttpClient.Builder builder) {
    builder.retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .authenticator(Authenticator.NONE);
    builder.networkInterceptors().removeIf(i -> i instanceof HoldRetryAfter);
    builder.addNetworkInterceptor(new HoldRetryAfter());
    return builder;
  }

  /** The application interceptor that gives answers their {@code Retry-After} back. */
  public static Interceptor restoreRetryAfter() {
    return new RestoreRetryAfter();
  }

  /** Whether OkHttp would act on this status's {@code Retry-After} by itself. */
  private static boolean isFollowedUp(int status) {
    return status == 408 || status == 503;
  }

  private static final class HoldRetryAfter implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      String retryAfter = response.header("Retry-After");
      if (retryAfter == null || !isFollowedUp(response.code())) {
        return response;
      }
      return response.newBuilder()
          .removeHeader("Retry-After")
          .header(HELD_RETRY_AFTER, retryAfter)
          .build();
    }
  }

  private static final class RestoreRetryAfter implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      String held = response.header(HELD_RETRY_AFTER);
      if (held == null) {
        return response;
      }
      return response.newBuilder()
          .removeHeader(HELD_RETRY_AFTER)
          .header("Retry-After", held)
          .build();
    }
  }
}
