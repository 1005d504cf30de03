package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reading and writing of the description's {@code date-time}, {@code date} and decimal numbers,
 * for the generated adapters and as Moshi adapters.
 *
 * <p>Pinterest sends date-times both with an offset and without one ({@code 2022-10-13T01:40:29});
 * without one they are UTC. Its own shapes are parsed by position, the offset-less one first; any
 * other ISO-8601 text goes through {@code java.time}'s parser.
 *
 * <pre>{@code
 * OffsetDateTime createdAt = TimeAdapters.readDateTime(reader);
 * }</pre>
 */
public final class TimeAdapters {
  private TimeAdapters() {}

  static final JsonAdapter<OffsetDateTime> DATE_TIME = new JsonAdapter<OffsetDateTime>() {
    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
      return readDateTime(reader);
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      writeDateTime(writer, value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(OffsetDateTime)";
    }
  }.nullSafe();

  static final JsonAdapter<LocalDate> DATE = new JsonAdapter<LocalDate>() {
    @Override
    public LocalDate fromJson(JsonReader reader) throws IOException {
      return readDate(reader);
    }

    @Override
    public void toJson(JsonWriter writer, LocalDate value) throws IOException {
      writeDate(writer, value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(LocalDate)";
    }
  }.nullSafe();

  static final JsonAdapter<BigDecimal> DECIMAL = new JsonAdapter<BigDecimal>() {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      return readDecimal(reader);
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(BigDecimal)";
    }
  }.nullSafe();

  /** Reads a date-time; without an offset it is UTC, a bare date is midnight UTC. */
  public static OffsetDateTime readDateTime(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return parseDateTime(text);
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      throw new JsonDataException("Not a date-time: '" + text + "' at " + reader.getPath(), e);
    }
  }

  public static void writeDateTime(JsonWriter writer, OffsetDateTime value) throws IOException {
    writer.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  /** Reads a date; a date-time stands for its date in its own offset. */
  public static LocalDate readDate(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      String trimmed = text.trim();
      return trimmed.length() > 10 ? parseDateTime(trimmed).toLocalDate() : parseDate(trimmed);
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      throw new JsonDataException("Not a date: '" + text + "' at " + reader.getPath(), e);
    }
  }

  public static void writeDate(JsonWriter writer, LocalDate value) throws IOException {
    writer.value(value.toString());
  }

  /** Reads a decimal from a JSON number or a numeric string, keeping every digit. */
  public static BigDecimal readDecimal(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new JsonDataException("Not a number: '" + text + "' at " + reader.getPath(), e);
    }
  }

  /** ISO-8601 with or without an offset (UTC when absent); a bare date is midnight UTC. */
  static OffsetDateTime parseDateTime(String raw) {
    OffsetDateTime fixed = parseFixed(raw);
    if (fixed != null) {
      return fixed;
    }
    String text = raw.trim();
    String iso = text.length() > 10 && text.charAt(10) == ' '
        ? text.substring(0, 10) + 'T' + text.substring(11)
        : text;
    if (iso.length() == 10) {
      return parseDate(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    return hasOffset(iso) ? OffsetDateTime.parse(iso)
        : LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
  }

  /**
   * Pinterest's shapes, by position: {@code yyyy-MM-ddTHH:mm:ss} (or a space for the T), then an
   * optional fraction of up to nine digits, then nothing (UTC), {@code Z} or {@code ±hh:mm}. Null
   * when the text has another shape; field ranges are checked by {@link OffsetDateTime#of}.
   */
  static OffsetDateTime parseFixed(String s) {
    int length = s.length();
    if (length < 19 || s.charAt(4) != '-' || s.charAt(7) != '-'
        || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int at = 19;
    int nanos = 0;
    if (at < length && s.charAt(at) == '.') {
      int start = ++at;
      while (at < length && at - start < 9 && isDigit(s.charAt(at))) {
        nanos = nanos * 10 + (s.charAt(at++) - '0');
      }
      if (at == start) {
        return null;
      }
      for (int i = at - start; i < 9; i++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset;
    if (at == length) {
      offset = ZoneOffset.UTC;
    } else if (at + 1 == length && (s.charAt(at) == 'Z' || s.charAt(at) == 'z')) {
      offset = ZoneOffset.UTC;
    } else if (at + 6 == length && (s.charAt(at) == '+' || s.charAt(at) == '-')
        && s.charAt(at + 3) == ':') {
      int hours = digits(s, at + 1, 2);
      int minutes = digits(s, at + 4, 2);
      if ((hours | minutes) < 0) {
        return null;
      }
      int sign = s.charAt(at) == '-' ? -1 : 1;
      offset = hours == 0 && minutes == 0 ? ZoneOffset.UTC
          : ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } else {
      return null;
    }
    return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
  }

  private static LocalDate parseDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 2);
      int day = digits(s, 8, 2);
      if ((year | month | day) >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(s);
  }

  /** The decimal number in {@code s[at, at + count)}, or -1 if any character is not a digit. */
  private static int digits(String s, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hasOffset(String iso) {
    char last = iso.charAt(iso.length() - 1);
    return last == 'Z' || last == 'z' || iso.indexOf('+', 10) > 0 || iso.indexOf('-', 10) > 0;
  }
}
