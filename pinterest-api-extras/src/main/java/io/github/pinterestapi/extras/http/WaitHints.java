package io.github.pinterestapi.extras.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;

/**
 * Reads how long the server asks a client to wait: {@code Retry-After} (seconds or an HTTP date)
 * and Pinterest's {@code X-RateLimit-Reset} (seconds until the window resets).
 *
 * <pre>{@code
 * Duration wait = WaitHints.serverHint(response.headers(), clock.instant());
 * }</pre>
 */
final class WaitHints {
  // Values this large are epoch seconds, not a delay; some gateways send those.
  private static final long EPOCH_THRESHOLD_SECONDS = 1_000_000_000L;

  private WaitHints() {}

  /** {@code Retry-After}, else {@code X-RateLimit-Reset}; null when neither is usable. */
  static Duration serverHint(Headers headers, Instant now) {
    Duration retryAfter = retryAfter(headers, now);
    return retryAfter != null ? retryAfter : rateLimitReset(headers, now);
  }

  /** The {@code Retry-After} header as a non-negative duration, or null. */
  static Duration retryAfter(Headers headers, Instant now) {
    String value = headers.get("Retry-After");
    if (value == null) {
      return null;
    }
    Duration seconds = seconds(value, now);
    if (seconds != null) {
      return seconds;
    }
    try {
      Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return nonNegative(Duration.between(now, at));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The {@code X-RateLimit-Reset} header as a non-negative duration, or null. */
  static Duration rateLimitReset(Headers headers, Instant now) {
    String value = headers.get("X-RateLimit-Reset");
    return value == null ? null : seconds(value, now);
  }

  private static Duration seconds(String value, Instant now) {
    try {
      double seconds = Double.parseDouble(value.trim());
      if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
        return null;
      }
      if (seconds >= EPOCH_THRESHOLD_SECONDS) {
        return nonNegative(Duration.between(now, Instant.ofEpochSecond((long) seconds)));
      }
      return nonNegative(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
