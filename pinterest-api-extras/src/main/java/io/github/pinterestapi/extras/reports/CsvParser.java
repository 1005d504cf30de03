package io.github.pinterestapi.extras.reports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import io.github.pinterestapi.errors.ReportFormatException;

/**
 * Reads CSV records one at a time, as RFC 4180 writes them: fields separated by commas, records
 * by CRLF or LF, fields in double quotes may hold commas, line breaks and doubled quotes
 * ({@code ""} for {@code "}). Nothing is read ahead beyond a small buffer, so a report of any size
 * streams through.
 *
 * <pre>{@code
 * CsvParser csv = new CsvParser(reader);
 * for (List<String> record; (record = csv.next()) != null; ) { … }
 * }</pre>
 *
 * <p>Lenient where RFC 4180 is silent: a quote in the middle of an unquoted field is kept as
 * text, and a lone CR also ends a record. Strict where leniency would hide damage: text after a
 * closing quote, or a quote left open at the end, throws {@link ReportFormatException}. Not
 * thread-safe.
 */
public final class CsvParser {
  /** The default cap on one record, in characters: 8 Mi. */
  public static final int DEFAULT_MAX_RECORD_CHARS = 8 * 1024 * 1024;
  private static final int NONE = -2;

  private final Reader reader;
  private final int maxRecordChars;
  private int recordChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private int pushedBack = NONE;
  private long records;

  public CsvParser(Reader reader) {
    this(reader, DEFAULT_MAX_RECORD_CHARS);
  }

  /**
   * @param maxRecordChars the longest record (and so field) accepted; a longer one, such as a
   *     quote never closed in a huge file, throws {@link ReportFormatException} instead of
   *     filling the memory
   */
  public CsvParser(Reader reader, int maxRecordChars) {
    if (maxRecordChars < 1) {
      throw new IllegalArgumentException("maxRecordChars must be positive: " + maxRecordChars);
    }
    this.reader = reader;
    this.maxRecordChars = maxRecordChars;
  }

  /** The next record's fields, or null at the end of the input. */
  public List<String> next() throws IOException {
    int c = read();
    if (c == -1) {
      return null; // A final line break does not start another record.
    }
    records++;
    recordChars = 0;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      if (c == '"' && field.length() == 0) {
        c = readQuoted(field);
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == -1) {
        break;
      } else if (c == '\r') {
        int after = read();
        if (after != '\n') {
          pushedBack = after;
        }
        break;
      } else {
        field.append((char) c);
      }
      c = read();
    }
    fields.add(field.toString());
    return fields;
  }

  /** How many records {@link #next()} has returned. */
  public long recordCount() {
    return records;
  }

  /** Reads a quoted field's content after its opening quote; returns the char after the close. */
  private int readQuoted(StringBuilder field) throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        throw new ReportFormatException(records, "a quoted field is not closed", null);
      }
      if (c != '"') {
        field.append((char) c);
        continue;
      }
      int after = read();
      if (after == '"') {
        field.append('"');
        continue;
      }
      if (after != ',' && after != '\n' && after != '\r' && after != -1) {
        throw new ReportFormatException(
            records, "text after the closing quote of a field: '" + (char) after + "'", null);
      }
      return after;
    }
  }

  private int read() throws IOException {
    if (pushedBack != NONE) {
      int c = pushedBack;
      pushedBack = NONE;
      return c;
    }
    if (++recordChars > maxRecordChars) {
      throw new ReportFormatException(records, "a record is longer than " + maxRecordChars
          + " characters (the cap; raise it if your reports really hold such rows)", null);
    }
    if (position == limit) {
      limit = reader.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }
}
