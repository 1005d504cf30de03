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
  /** No hint is believed beyond this; a longer one is taken as this long. */
  static final Duration MAX_HINT = Duration.ofDays(1);
  // Values this large are epoch seconds, not a delay; some gateways send those.
  private static final double EPOCH_SECONDS = 1e9;
  // And values this large are epoch milliseconds.
  private static final double EPOCH_MILLIS = 1e12;
  // Beyond any epoch milliseconds for millennia: garbage.
  private static final double GARBAGE = 1e15;

  private WaitHints() {}

  /** {@code Retry-After}, else {@code X-RateLimit-Reset}; null when neither is usable. */
  static Duration serverHint(Headers headers, Instant now) {
    Duration retryAfter = retryAfter(headers, now);
    return retryAfter != null ? retryAfter : rateLimitReset(headers, now);
  }

  /**
   * The {@code Retry-After} header as a duration in [0, {@link #MAX_HINT}], or null when it is
   * missing, negative or garbage. Never throws.
   */
  static Duration retryAfter(Headers headers, Instant now) {
    String value = headers.get("Retry-After");
    if (value == null || value.length() > 64) {
      return null;
    }
    Duration seconds = seconds(value, now);
    if (seconds != null) {
      return seconds;
    }
    try {
      Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return clamp(Duration.between(now, at));
    } catch (RuntimeException e) { // DateTimeException and its kin: not a date either.
      return null;
    }
  }

  /** The {@code X-RateLimit-Reset} header as {@link #retryAfter} reads a number, or null. */
  static Duration rateLimitReset(Headers headers, Instant now) {
    String value = headers.get("X-RateLimit-Reset");
    return value == null || value.length() > 64 ? null : seconds(value, now);
  }

  private static Duration seconds(String value, Instant now) {
    double seconds;
    try {
      seconds = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
    if (Double.isNaN(seconds) || seconds < 0 || seconds >= GARBAGE) {
      return null;
    }
    if (seconds >= EPOCH_MILLIS) {
      return clamp(Duration.between(now, Instant.ofEpochMilli((long) seconds)));
    }
    if (seconds >= EPOCH_SECONDS) {
      return clamp(Duration.between(now, Instant.ofEpochSecond((long) seconds)));
    }
    return clamp(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
  }

  private static Duration clamp(Duration duration) {
    if (duration.isNegative()) {
      return Duration.ZERO;
    }
    return duration.compareTo(MAX_HINT) > 0 ? MAX_HINT : duration;
  }
}
