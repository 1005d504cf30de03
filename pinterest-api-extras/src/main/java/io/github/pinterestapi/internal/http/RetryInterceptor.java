package io.github.pinterestapi.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import io.github.pinterestapi.extras.http.RetryPolicy;
import io.github.pinterestapi.extras.http.Sleeper;

/**
 * Tries failed calls again as a {@link RetryPolicy} allows, closing each failed answer first.
 *
 * <p>It also reads API answers to the end before returning them, so that a connection dropped
 * mid-body counts as a failed attempt (and is retried when that is safe) rather than surfacing
 * later in the JSON decoder. Streaming downloads are left alone.
 *
 * <pre>{@code
 * new RetryInterceptor(RetryPolicy.defaults(), Clock.systemUTC(), Sleeper.SYSTEM, Math::random)
 * }</pre>
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT =
      new HashSet<>(Arrays.asList("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"));
  // Larger answers are not read ahead; a broken one then fails in the decoder, unretried.
  private static final long MAX_READ_AHEAD_BYTES = 16L * 1024 * 1024;

  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  /**
   * @param random returns values in [0, 1) that choose the jitter; tests pass a constant
   */
  public RetryInterceptor(RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier random) {
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    WaitBudget budget = new WaitBudget(policy.maxTotalWait());
    Request request = chain.request();
    boolean mayResend = IDEMPOTENT.contains(request.method()) || policy.retryNonIdempotent();
    for (int retries = 0; ; retries++) {
      Response response;
      try {
        response = budget.proceedWith(chain, request);
        readAhead(request, response);
      } catch (IOException e) {
        Duration wait = policy.backoff(retries + 1, random.getAsDouble());
        if (!isRetryable(chain, e, mayResend) || retries >= policy.maxRetries()
            || !budget.allows(wait)) {
          throw e;
        }
        InterceptorSleep.sleep(sleeper, wait, "to retry");
        budget.spend(wait);
        continue;
      }
      if (!isRetryable(response.code(), mayResend) || retries >= policy.maxRetries()) {
        return response;
      }
      Duration wait = serverHint(response);
      if (wait == null) {
        wait = policy.backoff(retries + 1, random.getAsDouble());
      }
      if (!budget.allows(wait)) {
        return response;
      }
      response.close();
      InterceptorSleep.sleep(sleeper, wait, "to retry");
      budget.spend(wait);
    }
  }

  public static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method);
  }

  private static boolean isRetryable(int status, boolean mayResend) {
    if (status == 429) {
      return true;
    }
    return mayResend
        && (status == 408 || status == 500 || status == 502 || status == 503 || status == 504);
  }

  private static boolean isRetryable(Chain chain, IOException e, boolean mayResend) {
    if (ClientRefusal.reasonOf(e) != null || chain.call().isCanceled()) {
      return false;
    }
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      return true; // The request never left this machine, whatever its method.
    }
    if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
      return false; // The call timed out as a whole, or the thread was interrupted.
    }
    return mayResend;
  }

  private Duration serverHint(Response response) {
    if (response.code() == 429) {
      return WaitHints.serverHint(response.headers(), clock.instant());
    }
    return WaitHints.retryAfter(response.headers(), clock.instant());
  }

  private static void readAhead(Request request, Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null || Operations.of(request) == null || Operations.streamsBody(request)) {
      return;
    }
    try {
      body.source().request(MAX_READ_AHEAD_BYTES);
    } catch (IOException e) {
      response.close();
      throw e;
    }
  }
}
