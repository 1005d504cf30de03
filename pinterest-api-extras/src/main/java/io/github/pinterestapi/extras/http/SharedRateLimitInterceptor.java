package io.github.pinterestapi.extras.http;

import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asks a {@link RateLimitBackend} for a permit before each generated API call and tells it what
 * Pinterest answered. It sits inside retries and auth, just before the call leaves: every attempt
 * of a retried call takes a permit, and a call that waited for a token refresh takes it after the
 * wait. It is added only when a backend is configured: without one, a client behaves exactly as
 * before.
 *
 * <p>The total wait is bounded like the in-memory one: a call that would wait longer than
 * {@code maxWait} is not sent and fails with a {@link PinterestRateLimitException} whose
 * {@code wasSent()} is false.
 *
 * <pre>{@code
 * client.addInterceptor(new SharedRateLimitInterceptor(backend, Duration.ofMinutes(1), clock, sleeper));
 * }</pre>
 */
public final class SharedRateLimitInterceptor implements Interceptor {
  private final RateLimitBackend backend;
  private final Duration maxWait;
  private final Clock clock;
  private final Sleeper sleeper;
  // Reads the response headers the same way the in-memory tracker does.
  private final RateLimitTracker reader = new RateLimitTracker();

  public SharedRateLimitInterceptor(RateLimitBackend backend, Duration maxWait, Clock clock,
      Sleeper sleeper) {
    if (backend == null || maxWait == null || clock == null || sleeper == null) {
      throw new IllegalArgumentException("backend, maxWait, clock and sleeper are required");
    }
    this.backend = backend;
    this.maxWait = maxWait;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    PinterestOperation operation = Operations.of(request);
    if (operation == null) {
      return chain.proceed(request);
    }
    String category = Operations.category(operation);
    RateLimitedCall call =
        RateLimitedCall.of(operation.id(), category, request.url().pathSegments());
    Duration waited = Duration.ZERO;
    Duration wait = backend.acquire(call, clock.instant());
    while (!wait.isZero() && !wait.isNegative()) {
      if (waited.plus(wait).compareTo(maxWait) > 0) {
        throw new ClientRefusal(PinterestRateLimitException.notSent(operation.id(), category, wait));
      }
      InterceptorSleep.sleep(sleeper, wait, "for a shared rate-limit permit");
      waited = waited.plus(wait);
      wait = backend.acquire(call, clock.instant());
    }
    Response response = chain.proceed(request);
    Instant now = clock.instant();
    RateLimitSnapshot snapshot = reader.record(category, response.code(), response.headers(), now);
    try {
      backend.onResponse(call, response.code(), snapshot);
    } catch (RuntimeException ignored) {
      // Sharing what Pinterest said is best effort; the call itself succeeded.
    }
    return response;
  }
}
