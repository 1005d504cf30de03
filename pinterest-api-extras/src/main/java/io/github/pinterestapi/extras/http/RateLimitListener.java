package io.github.pinterestapi.extras.http;

/**
 * Sees a {@link RateLimitSnapshot} after every response that carries rate-limit headers, for
 * metrics or for slowing a batch job down before Pinterest has to.
 *
 * <pre>{@code
 * Pinterest.builder().rateLimitListener(s -> gauge.set(s.category(), s.remaining())).build();
 * }</pre>
 *
 * <p>It runs on the thread that made the call (an OkHttp dispatcher thread for async calls), so it
 * should return quickly. Exceptions it throws are ignored so that they cannot fail the call.
 */
public interface RateLimitListener {
  /** Does nothing. */
  RateLimitListener NONE = snapshot -> { };

  void onRateLimit(RateLimitSnapshot snapshot);
}
