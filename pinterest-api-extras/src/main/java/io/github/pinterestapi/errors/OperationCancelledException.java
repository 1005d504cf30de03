package io.github.pinterestapi.errors;

import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.extras.http.Cancellation;

/**
 * A workflow stopped because its {@link Cancellation} was cancelled or its thread interrupted.
 * Whatever was sent before the stop stays sent: a registered media upload or a created report is
 * not undone, and {@link #subject()} names it so the caller can pick it up later.
 *
 * <pre>{@code
 * } catch (OperationCancelledException e) {
 *   log.info("stopped waiting for {}", e.subject());
 * }
 * }</pre>
 */
public class OperationCancelledException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final String subject;

  /** @param subject what was being waited for, such as {@code media 12345} */
  public OperationCancelledException(String subject) {
    super(null, "Cancelled while working on " + subject, null);
    this.subject = subject;
  }

  /** What was being worked on, such as {@code media 12345} or {@code report abc}. */
  public String subject() {
    return subject;
  }
}
