package io.github.pinterestapi.errors;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import okhttp3.Headers;
import io.github.pinterestapi.extras.http.PinterestError;

/**
 * HTTP 429, or a call the client did not send because its rate-limit category was known to be
 * exhausted for longer than the client may wait ({@link #wasSent()} tells which).
 *
 * <pre>{@code
 * } catch (PinterestRateLimitException e) {
 *   queue.retryAfter(job, e.retryAfter().orElse(Duration.ofMinutes(1)));
 * }
 * }</pre>
 *
 * <p>{@link #isSpamLimit()} marks Pinterest's limit on writes that come too fast (code 30 or a
 * message about spam); those need the writes to slow down, not only a wait.
 */
public class PinterestRateLimitException extends PinterestApiException {
  private static final long serialVersionUID = 1L;

  /** Pinterest's error code for writes refused as too fast or spam-like. */
  public static final int SPAM_CODE = 30;

  private final Duration retryAfter;
  private final boolean sent;

  /** An HTTP 429 answer; {@code retryAfter} is the server's hint, or null without one. */
  public PinterestRateLimitException(
      String operationId,
      int statusCode,
      PinterestError error,
      Headers headers,
      String rawBody,
      Duration retryAfter) {
    super(operationId, statusCode, error, headers, rawBody, advice(retryAfter, true));
    this.retryAfter = retryAfter;
    this.sent = true;
  }

  private PinterestRateLimitException(String operationId, String category, Duration wait) {
    super(operationId, 429, PinterestError.NONE, Headers.of(), "",
        "Not sent: rate-limit category " + category + " is exhausted; "
            + advice(wait, false));
    this.retryAfter = wait;
    this.sent = false;
  }

  /** The exception for a call refused on the client because {@code category} is exhausted. */
  public static PinterestRateLimitException notSent(String operationId, String category, Duration wait) {
    return new PinterestRateLimitException(operationId, category, wait);
  }

  /** How long to wait before trying again, when Pinterest (or the client's state) said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Whether Pinterest refused writes as too fast or spam-like (code 30, or "spam" in the message). */
  public boolean isSpamLimit() {
    return code() != null && code() == SPAM_CODE
        || pinterestMessage() != null
            && pinterestMessage().toLowerCase(Locale.ROOT).contains("spam");
  }

  /** False when the client refused the call itself, so Pinterest never saw it. */
  public boolean wasSent() {
    return sent;
  }

  private static String advice(Duration retryAfter, boolean sent) {
    String when = retryAfter == null
        ? "retry later"
        : "retry after " + retryAfter.toMillis() / 1000.0 + " s";
    return sent ? "Rate limited: " + when : when;
  }
}
