package io.github.pinterestapi.extras.oauth;

import java.util.function.BooleanSupplier;

/**
 * Tells a token provider, on the calling thread, whether the HTTP call it is serving has been
 * cancelled, so that a wait for a refresh can end when nobody wants its result any more.
 * {@link AccessTokenInterceptor} sets it around each question to the provider.
 *
 * <pre>{@code
 * CallCancellation.during(chain.call()::isCanceled, () -> tokens.accessToken());
 * }</pre>
 */
final class CallCancellation {
  private static final ThreadLocal<BooleanSupplier> CURRENT = new ThreadLocal<>();

  private CallCancellation() {}

  static boolean isCancelled() {
    BooleanSupplier cancelled = CURRENT.get();
    return cancelled != null && cancelled.getAsBoolean();
  }

  static <T> T during(BooleanSupplier cancelled, java.util.function.Supplier<T> work) {
    BooleanSupplier outer = CURRENT.get();
    CURRENT.set(cancelled);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }
}
