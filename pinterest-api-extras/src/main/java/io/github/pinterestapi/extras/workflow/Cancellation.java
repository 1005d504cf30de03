package io.github.pinterestapi.extras.workflow;

/**
 * A flag that asks a long-running workflow to stop: a media poll, a report poll, an upload in
 * progress, or a bulk run. Workflows check it between steps (between polls, between upload
 * chunks, before sending the next item), so an HTTP call already under way finishes first.
 *
 * <pre>{@code
 * Cancellation cancellation = new Cancellation();
 * executor.submit(() -> uploader.upload(file, UploadProgress.NONE, cancellation));
 * cancellation.cancel(); // from any thread
 * }</pre>
 *
 * <p>Thread-safe. Once cancelled it stays cancelled; make a new one per run.
 */
public final class Cancellation {
  /** Never cancelled by anyone (an interrupt of the working thread still counts). */
  public static final Cancellation NONE = new Cancellation();

  private volatile boolean cancelled;

  /** Asks the workflows watching this flag to stop at their next check. */
  public void cancel() {
    if (this == NONE) {
      // Shared by every caller; cancelling it would stop unrelated workflows.
      throw new UnsupportedOperationException("Cancellation.NONE cannot be cancelled");
    }
    cancelled = true;
  }

  /** Whether {@link #cancel()} was called, or the current thread was interrupted. */
  public boolean isCancelled() {
    // An interrupted thread is how executors and Android's WorkManager say "stop"; honour it too.
    return cancelled || Thread.currentThread().isInterrupted();
  }

  @Override
  public String toString() {
    return this == NONE ? "Cancellation.NONE" : "Cancellation{cancelled=" + cancelled + "}";
  }
}
