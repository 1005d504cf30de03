package io.github.pinterestapi.errors;

import io.github.pinterestapi.errors.PinterestException;
import java.time.Duration;
import io.github.pinterestapi.extras.http.Poller;

/**
 * A {@link Poller} ran out of its time budget before Pinterest reached a final status. The work
 * may still finish on Pinterest's side: {@link #subject()} names it so a later poll can resume.
 *
 * <pre>{@code
 * } catch (PollTimeoutException e) {
 *   retryLater(e.subject(), e.lastSeen());
 * }
 * }</pre>
 */
public class PollTimeoutException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final Duration budget;
  private final transient Object lastSeen;

  /**
   * @param subject what was polled, such as {@code media 12345}
   * @param budget the time budget that ran out
   * @param lastSeen the last answer, or null when none arrived
   */
  public PollTimeoutException(String subject, Duration budget, Object lastSeen) {
    super(null, "Gave up waiting for " + subject + " after " + budget
        + (lastSeen == null ? "" : "; last seen: " + lastSeen), null);
    this.subject = subject;
    this.budget = budget;
    this.lastSeen = lastSeen;
  }

  /** What was polled, such as {@code media 12345}. */
  public String subject() {
    return subject;
  }

  /** The time budget that ran out. */
  public Duration budget() {
    return budget;
  }

  /** The last answer Pinterest gave (a generated model), or null. */
  public Object lastSeen() {
    return lastSeen;
  }
}
