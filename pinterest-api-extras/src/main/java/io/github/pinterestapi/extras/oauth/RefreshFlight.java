package io.github.pinterestapi.extras.oauth;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import io.github.pinterestapi.errors.oauth.OAuthException;

/**
 * One refresh at a time, its outcome shared: the first thread to ask runs the refresh, and every
 * thread that asks while it runs waits for that same outcome, success or failure, so one
 * token-endpoint request serves them all. A wait is bounded by a deadline, gives up when the
 * thread is interrupted, and ends early when the waiting call is cancelled
 * ({@link CallCancellation}), so that a cancelled async call frees its dispatcher thread.
 *
 * <pre>{@code
 * Token token = flight.join(() -> oauth.refresh(current), Duration.ofSeconds(20));
 * }</pre>
 */
final class RefreshFlight {
  // How often a waiter looks at whether its call was cancelled.
  private static final long CANCEL_CHECK_MILLIS = 50;

  private final Object lock = new Object();
  private CompletableFuture<Token> inFlight;

  /** Runs {@code refresh}, or waits at most {@code maxWait} for the one already running. */
  Token join(Supplier<Token> refresh, Duration maxWait) {
    CompletableFuture<Token> flight;
    boolean leader = false;
    synchronized (lock) {
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        leader = true;
      }
      flight = inFlight;
    }
    if (leader) {
      return lead(flight, refresh);
    }
    return await(flight, maxWait);
  }

  private Token lead(CompletableFuture<Token> flight, Supplier<Token> refresh) {
    try {
      Token token = refresh.get();
      flight.complete(token);
      return token;
    } catch (RuntimeException e) {
      flight.completeExceptionally(e);
      throw e;
    } catch (Throwable e) {
      OAuthException typed = new OAuthException("The token refresh failed inside the client: "
          + e.getClass().getName(), e);
      flight.completeExceptionally(typed);
      throw typed;
    } finally {
      synchronized (lock) {
        inFlight = null;
      }
    }
  }

  private static Token await(CompletableFuture<Token> flight, Duration maxWait) {
    long deadline = System.nanoTime() + maxWait.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new OAuthException("Waited " + maxWait + " for the token refresh under way;"
            + " giving up (the token endpoint is slow or unreachable)");
      }
      if (CallCancellation.isCancelled()) {
        throw new OAuthException("The call was cancelled while waiting for the token refresh");
      }
      try {
        return flight.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(CANCEL_CHECK_MILLIS)),
            TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // Look at the deadline and the cancellation again.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OAuthException("Interrupted while waiting for the token refresh", e);
      } catch (ExecutionException e) {
        // The same failure the refreshing thread got: every waiter sees what happened.
        throw (RuntimeException) e.getCause();
      }
    }
  }
}
