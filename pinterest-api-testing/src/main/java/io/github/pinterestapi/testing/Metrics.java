package io.github.pinterestapi.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Deterministic analytics numbers: each value is a hash of what it measures, the day and the
 * metric, so repeated runs and repeated calls agree and tests can assert exact figures.
 */
final class Metrics {
  /** The longest range Pinterest's analytics accept, in days. */
  static final int MAX_DAYS = 90;

  private Metrics() {}

  /** A number from 0 to 999 for {@code subject} (a pin or account id) on {@code date}. */
  static long value(String subject, LocalDate date, String metric) {
    long hash = 0xcbf29ce484222325L; // FNV-1a 64
    for (byte b : (subject + "|" + date + "|" + metric).getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return Math.floorMod(hash, 1000L);
  }

  static BigDecimal decimal(String subject, LocalDate date, String metric) {
    return BigDecimal.valueOf(value(subject, date, metric));
  }

  /** The days from {@code start} to {@code end} inclusive, checked as Pinterest checks them. */
  static List<LocalDate> days(String start, String end) {
    LocalDate from = date(start, "start_date");
    LocalDate to = date(end, "end_date");
    if (to.isBefore(from)) {
      throw FakeError.badRequest("Invalid parameters: end_date is before start_date");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw FakeError.badRequest("Invalid parameters: the date range is longer than "
          + MAX_DAYS + " days");
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }

  /** {@code IMPRESSION,SAVE} as a list; {@code fallback} when absent. */
  static List<String> names(String commaSeparated, String... fallback) {
    List<String> names = new ArrayList<>();
    if (commaSeparated == null) {
      names.addAll(List.of(fallback));
      return names;
    }
    for (String name : commaSeparated.split(",")) {
      if (!name.trim().isEmpty()) {
        names.add(name.trim().toUpperCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static LocalDate date(String value, String name) {
    if (value == null) {
      throw FakeError.missing(name);
    }
    try {
      return LocalDate.parse(value);
    } catch (RuntimeException e) {
      throw FakeError.badRequest("Invalid parameters: " + name + " '" + value
          + "' is not a date (YYYY-MM-DD)");
    }
  }
}
