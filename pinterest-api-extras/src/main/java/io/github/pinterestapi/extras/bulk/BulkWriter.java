package io.github.pinterestapi.extras.bulk;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.Cancellation;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import retrofit2.Call;

/**
 * Writes many Pins or boards with bounded concurrency, each call going through the client so its
 * rate limiter and retries apply, and returns a result for every item. Immutable and thread-safe.
 *
 * <pre>{@code
 * BulkWriter writer = BulkWriter.builder(pinterest).maxConcurrency(4).listener(progress).build();
 * BulkResult result = writer.run(items);
 * BulkResult resumed = writer.run(items, result); // sends only what is not done
 * }</pre>
 *
 * <p>Each item is sent at most once per run. An item whose request may have reached Pinterest is
 * {@code DONE} or {@code UNKNOWN}, never {@code FAILED} (which means "safe to send again"); an
 * unknown create is never resent automatically, since it may exist already; see
 * {@link ItemResult.Outcome}. An exception or {@code Error} in one item becomes that item's
 * outcome: {@code run} always returns a result for every item. There is no pause between calls: pacing is the rate limiter's job,
 * which waits for a category's reset instead of guessing.
 */
public final class BulkWriter {
  private final Pinterest pinterest;
  private final int maxConcurrency;
  private final Executor executor;
  private final BulkListener listener;

  private BulkWriter(Builder builder) {
    this.pinterest = builder.pinterest;
    this.maxConcurrency = builder.maxConcurrency;
    this.executor = builder.executor;
    this.listener = builder.listener;
  }

  public static Builder builder(Pinterest pinterest) {
    return new Builder(pinterest);
  }

  /** Sends every item. */
  public BulkResult run(List<BulkItem> items) {
    return run(items, BulkResult.empty(), Cancellation.NONE);
  }

  /** Sends the items {@code previous} does not show as done or as unknown creates. */
  public BulkResult run(List<BulkItem> items, BulkResult previous) {
    return run(items, previous, Cancellation.NONE);
  }

  /**
   * As {@link #run(List, BulkResult)}; once {@code cancellation} is cancelled no further item is
   * sent, calls under way finish, and the items not sent are {@code NOT_STARTED}. Returns when
   * every item has a result.
   */
  public BulkResult run(List<BulkItem> items, BulkResult previous, Cancellation cancellation) {
    requireUniqueKeys(items);
    ItemResult[] results = new ItemResult[items.size()];
    Progress progress = new Progress(items.size());
    ExecutorService owned = executor == null ? Executors.newFixedThreadPool(maxConcurrency) : null;
    Executor workers = owned != null ? owned : executor;
    Semaphore permits = new Semaphore(maxConcurrency);
    try {
      for (int i = 0; i < items.size(); i++) {
        BulkItem item = items.get(i);
        ItemResult earlier = carriedOver(item, previous.get(item.key()));
        if (earlier != null || cancellation.isCancelled() || !acquire(permits)) {
          results[i] = earlier != null ? earlier : ItemResult.notStarted(item);
          progress.report(results[i]);
          continue;
        }
        int index = i;
        try {
          workers.execute(() -> {
            try {
              results[index] = cancellation.isCancelled() ? ItemResult.notStarted(item) : send(item);
              progress.report(results[index]);
            } finally {
              permits.release(); // After reporting, so run() returns only after the last report.
            }
          });
        } catch (RuntimeException e) { // Rejected by the executor: never sent.
          permits.release();
          results[i] = ItemResult.failed(item, ItemResult.Outcome.FAILED, e);
          progress.report(results[i]);
        }
      }
      // Every task holds a permit until it is done: taking them all waits for the last one.
      permits.acquireUninterruptibly(maxConcurrency);
    } finally {
      if (owned != null) {
        owned.shutdown();
      }
    }
    return new BulkResult(Arrays.asList(results));
  }

  /** Never throws: whatever happens, even an {@code Error}, the item gets its outcome. */
  private ItemResult send(BulkItem item) {
    Call<?> call;
    try {
      call = item.call(pinterest);
    } catch (Throwable e) { // The call could not even be built: nothing was sent.
      return ItemResult.failed(item, ItemResult.Outcome.FAILED, Outcomes.typed(e));
    }
    Object body;
    try {
      body = pinterest.execute(call);
    } catch (Throwable e) {
      return ItemResult.failed(item, Outcomes.ofFailure(e), Outcomes.typed(e));
    }
    try {
      return ItemResult.done(item, item.idOf(body));
    } catch (Throwable e) {
      // Written (a success status arrived), but the id is unreadable: a create is reported for
      // the caller to look up, never resent; an update is done all the same.
      return item.kind() == BulkItem.Kind.CREATE
          ? ItemResult.failed(item, ItemResult.Outcome.UNKNOWN, Outcomes.typed(e))
          : ItemResult.done(item, null);
    }
  }

  /** The earlier result to keep instead of sending, or null to send the item. */
  private static ItemResult carriedOver(BulkItem item, ItemResult earlier) {
    if (earlier == null) {
      return null;
    }
    if (earlier.outcome() == ItemResult.Outcome.DONE) {
      return earlier.carriedOver();
    }
    if (earlier.outcome() == ItemResult.Outcome.UNKNOWN && item.kind() == BulkItem.Kind.CREATE) {
      return earlier.carriedOver(); // Still unknown: resending could create a twin.
    }
    return null;
  }

  private static boolean acquire(Semaphore permits) {
    try {
      permits.acquire();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // Cancellation.isCancelled() now sees it for the rest.
      return false;
    }
  }

  private static void requireUniqueKeys(List<BulkItem> items) {
    Set<String> keys = new HashSet<>();
    for (BulkItem item : items) {
      if (!keys.add(item.key())) {
        // Two items under one key would make resuming skip or repeat the wrong one.
        throw new IllegalArgumentException("duplicate bulk item key: " + item.key());
      }
    }
  }

  /** Counts finished items and calls the listener one at a time. */
  private final class Progress {
    private final int total;
    private final AtomicInteger finished = new AtomicInteger();

    Progress(int total) {
      this.total = total;
    }

    synchronized void report(ItemResult result) {
      try {
        listener.onItem(result, finished.incrementAndGet(), total);
      } catch (Throwable ignored) {
        // A progress hook must not change what happened to the item.
      }
    }
  }

  /** Builds a {@link BulkWriter}. */
  public static final class Builder {
    private final Pinterest pinterest;
    private int maxConcurrency = 4;
    private Executor executor;
    private BulkListener listener = BulkListener.NONE;

    private Builder(Pinterest pinterest) {
      if (pinterest == null) {
        throw new IllegalArgumentException("pinterest is required");
      }
      this.pinterest = pinterest;
    }

    /** The most calls in flight at once. Default 4; Pinterest's write limits are per user. */
    public Builder maxConcurrency(int maxConcurrency) {
      if (maxConcurrency < 1) {
        throw new IllegalArgumentException("maxConcurrency must be >= 1: " + maxConcurrency);
      }
      this.maxConcurrency = maxConcurrency;
      return this;
    }

    /**
     * Where the calls run. Default: a pool of {@code maxConcurrency} threads per run, shut down
     * after it. An executor given here is shared and never shut down by the writer.
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    public Builder listener(BulkListener listener) {
      this.listener = listener == null ? BulkListener.NONE : listener;
      return this;
    }

    public BulkWriter build() {
      return new BulkWriter(this);
    }
  }
}
