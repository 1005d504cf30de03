package io.github.pinterestapi.internal.http;

import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.extras.http.RateLimitListener;
import io.github.pinterestapi.extras.http.RateLimitSnapshot;
import io.github.pinterestapi.extras.http.Sleeper;

/**
 * Keeps Pinterest's rate-limit state per category and holds a call back while its category is
 * exhausted, so a batch job waits for the reset instead of collecting 429s.
 *
 * <p>When the wait would be longer than {@code maxWait}, or than what is left of the call's
 * {@link WaitBudget} (the retry policy's {@code maxTotalWait}, shared with retry backoff), the
 * call is not sent and fails with a {@link PinterestRateLimitException} whose {@code wasSent()}
 * is false. A lockout lasts at most {@code maxWait} from the answer that started it, however
 * far away that answer put the reset. Requests that are not
 * generated API calls (S3 uploads, report downloads) pass through untouched.
 *
 * <pre>{@code
 * new RateLimitInterceptor(tracker, listener, Duration.ofMinutes(1), Clock.systemUTC(), Sleeper.SYSTEM)
 * }</pre>
 */
public final class RateLimitInterceptor implements Interceptor {
  private final RateLimitBook tracker;
  private final RateLimitListener listener;
  private final Duration maxWait;
  private final Clock clock;
  private final Sleeper sleeper;

  public RateLimitInterceptor(
      RateLimitBook tracker,
      RateLimitListener listener,
      Duration maxWait,
      Clock clock,
      Sleeper sleeper) {
    this.tracker = tracker;
    this.listener = listener;
    this.maxWait = maxWait;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    PinterestOperation operation = Operations.of(chain.request());
    if (operation == null) {
      return chain.proceed(chain.request());
    }
    String category = Operations.category(operation);
    Duration wait = tracker.waitBeforeSending(category, clock.instant(), maxWait);
    WaitBudget budget = WaitBudget.current();
    if (wait.compareTo(maxWait) > 0 || (budget != null && !budget.allows(wait))) {
      throw new ClientRefusal(PinterestRateLimitException.notSent(operation.id(), category, wait));
    }
    if (!wait.isZero()) {
      InterceptorSleep.sleep(sleeper, wait, "for the rate-limit reset");
      if (budget != null) {
        budget.spend(wait);
      }
    }
    Response response = chain.proceed(chain.request());
    RateLimitSnapshot snapshot =
        tracker.record(category, response.code(), response.headers(), clock.instant());
    if (snapshot != null) {
      notifyListener(snapshot);
    }
    return response;
  }

  private void notifyListener(RateLimitSnapshot snapshot) {
    try {
      listener.onRateLimit(snapshot);
    } catch (Throwable ignored) {
      // A metrics hook must not turn a successful call into a failed one, whatever it throws.
    }
  }
}
