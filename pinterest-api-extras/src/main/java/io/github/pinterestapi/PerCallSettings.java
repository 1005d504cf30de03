package io.github.pinterestapi;

import io.github.pinterestapi.extras.http.RetryPolicy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Carries one service call's {@link ExtraParams} and {@link RequestOptions} to the client's
 * OkHttp call factory.
 *
 * <p>Why a thread-local: the generated Retrofit methods have no parameter for them, and Retrofit
 * makes the OkHttp call synchronously inside {@code Call.execute()} and {@code Call.enqueue()},
 * on the caller's thread. So the settings are set just around that, and the factory takes them
 * for the first call it makes; a nested call (none today) would not inherit them.
 *
 * <pre>{@code
 * T body = PerCallSettings.around(extra, options, () -> pinterest.execute(call));
 * }</pre>
 */
final class PerCallSettings {
  private static final ThreadLocal<PerCallSettings> CURRENT = new ThreadLocal<>();

  private final ExtraParams extra;
  private final RequestOptions options;

  private PerCallSettings(ExtraParams extra, RequestOptions options) {
    this.extra = extra;
    this.options = options;
  }

  /** Runs {@code run}; the OkHttp call it makes first gets {@code extra} and {@code options}. */
  static <R> R around(ExtraParams extra, RequestOptions options, Supplier<R> run) {
    if (extra.isEmpty() && options.isEmpty()) {
      return run.get();
    }
    PerCallSettings previous = CURRENT.get();
    CURRENT.set(new PerCallSettings(extra, options));
    try {
      return run.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /**
   * The call factory Retrofit uses: {@code client}'s calls, changed by the current settings if
   * any. {@code withRetryPolicy} gives the client for a call with a retry policy of its own.
   */
  static Call.Factory factory(OkHttpClient client,
      Function<RetryPolicy, OkHttpClient> withRetryPolicy) {
    return request -> {
      PerCallSettings current = CURRENT.get();
      if (current == null) {
        return client.newCall(request);
      }
      CURRENT.remove();
      RetryPolicy policy = current.options.retryPolicy();
      Call call = (policy == null ? client : withRetryPolicy.apply(policy))
          .newCall(current.apply(request));
      if (current.options.timeout() != null) {
        call.timeout().timeout(current.options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      }
      return call;
    };
  }

  private Request apply(Request request) {
    Request.Builder changed = request.newBuilder();
    if (!extra.queryParams().isEmpty()) {
      HttpUrl.Builder url = request.url().newBuilder();
      for (Map.Entry<String, List<String>> param : extra.queryParams().entrySet()) {
        for (String value : param.getValue()) {
          url.addQueryParameter(param.getKey(), value);
        }
      }
      changed.url(url.build());
    }
    extra.headers().forEach(changed::header);
    options.headers().forEach(changed::header);
    if (!extra.bodyProperties().isEmpty()) {
      changed.method(request.method(),
          JsonBodyProperties.add(request.body(), extra.bodyProperties()));
    }
    return changed.build();
  }
}
