package io.github.pinterestapi.internal.http;

import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import io.github.pinterestapi.extras.http.RetryPolicy;

/**
 * The waiting one call may still do, across every wait it makes: rate-limit waits before each
 * attempt and the backoff between attempts. {@link RetryInterceptor} opens it with
 * {@link RetryPolicy#maxTotalWait()} and lends it to the inner interceptors while it proceeds.
 * Not thread-safe: one call's attempts run one after another.
 *
 * <pre>{@code
 * WaitBudget budget = WaitBudget.current();
 * if (budget.allows(wait)) { sleep(wait); budget.spend(wait); }
 * }</pre>
 */
final class WaitBudget {
  // Lent on the thread rather than as a request tag: OkHttp runs a call's application
  // interceptors one inside another on one thread, and a tag would copy the request (its headers
  // and tags) on every call. A nested call (a token refresh inside the auth interceptor) lends its
  // own budget and gives the outer one back.
  private static final ThreadLocal<WaitBudget> CURRENT = new ThreadLocal<>();

  private Duration remaining;

  WaitBudget(Duration total) {
    this.remaining = total;
  }

  /** The budget of the call this thread is sending, or null for one sent outside retries. */
  static WaitBudget current() {
    return CURRENT.get();
  }

  /** Proceeds with {@code request}, this budget being {@link #current()} meanwhile. */
  Response proceedWith(Interceptor.Chain chain, Request request) throws IOException {
    WaitBudget outer = CURRENT.get();
    CURRENT.set(this);
    try {
      return chain.proceed(request);
    } finally {
      CURRENT.set(outer);
    }
  }

  boolean allows(Duration wait) {
    return wait.compareTo(remaining) <= 0;
  }

  void spend(Duration wait) {
    remaining = remaining.minus(wait);
  }

  Duration remaining() {
    return remaining;
  }
}
