package io.github.pinterestapi.extras.http;

import java.time.Duration;
import okhttp3.Request;

/**
 * The waiting one call may still do, across every wait it makes: rate-limit waits before each
 * attempt and the backoff between attempts. {@link RetryInterceptor} opens it with
 * {@link RetryPolicy#maxTotalWait()} and hands it to the inner interceptors as a request tag.
 * Not thread-safe: one call's attempts run one after another.
 *
 * <pre>{@code
 * WaitBudget budget = WaitBudget.of(request);
 * if (budget.allows(wait)) { sleep(wait); budget.spend(wait); }
 * }</pre>
 */
final class WaitBudget {
  private Duration remaining;

  WaitBudget(Duration total) {
    this.remaining = total;
  }

  /** The budget travelling with {@code request}, or null for a request sent outside retries. */
  static WaitBudget of(Request request) {
    return request.tag(WaitBudget.class);
  }

  /** {@code request} carrying this budget. */
  Request attachTo(Request request) {
    return request.newBuilder().tag(WaitBudget.class, this).build();
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
