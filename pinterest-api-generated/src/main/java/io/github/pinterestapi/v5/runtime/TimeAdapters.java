package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Moshi adapters for the description's {@code date-time}, {@code date} and decimal numbers.
 *
 * <p>Pinterest sends date-times both with an offset and without one ({@code 2022-10-13T01:40:29});
 * without one they are UTC.
 */
final class TimeAdapters {
  private TimeAdapters() {}

  static final JsonAdapter<OffsetDateTime> DATE_TIME = new JsonAdapter<OffsetDateTime>() {
    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString().trim();
      try {
        return parseDateTime(text);
      } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
        throw new JsonDataException("Not a date-time: '" + text + "' at " + reader.getPath(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      writer.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    @Override
    public String toString() {
      return "JsonAdapter(OffsetDateTime)";
    }
  }.nullSafe();

  static final JsonAdapter<LocalDate> DATE = new JsonAdapter<LocalDate>() {
    @Override
    public LocalDate fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString().trim();
      try {
        return text.length() > 10 ? parseDateTime(text).toLocalDate() : LocalDate.parse(text);
      } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
        throw new JsonDataException("Not a date: '" + text + "' at " + reader.getPath(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, LocalDate value) throws IOException {
      writer.value(value.toString());
    }

    @Override
    public String toString() {
      return "JsonAdapter(LocalDate)";
    }
  }.nullSafe();

  static final JsonAdapter<BigDecimal> DECIMAL = new JsonAdapter<BigDecimal>() {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw new JsonDataException("Not a number: '" + text + "' at " + reader.getPath(), e);
      }
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

  /** ISO-8601 with or without an offset (UTC when absent); a bare date is midnight UTC. */
  static OffsetDateTime parseDateTime(String text) {
    String iso = text.length() > 10 && text.charAt(10) == ' '
        ? text.substring(0, 10) + 'T' + text.substring(11)
        : text;
    if (iso.length() == 10) {
      return LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    // Decide by looking rather than by a failed parse: offset-less values are Pinterest's common
    // case, and an exception per value made page decoding twice as slow.
    return hasOffset(iso) ? OffsetDateTime.parse(iso)
        : LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
  }

  private static boolean hasOffset(String iso) {
    char last = iso.charAt(iso.length() - 1);
    return last == 'Z' || last == 'z' || iso.indexOf('+', 10) > 0 || iso.indexOf('-', 10) > 0;
  }
}
