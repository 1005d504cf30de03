package io.github.pinterestapi.extras.reports;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import io.github.pinterestapi.errors.ReportFormatException;

/**
 * Streams the rows of a JSON report with Moshi's {@link JsonReader}, one object at a time. Takes
 * both shapes reports come in: an array of row objects, or an object whose members (one per
 * entity, keyed by its id) are arrays of row objects.
 *
 * <pre>{@code
 * ReportRows<Map<String, Object>> rows = JsonRows.of(body.source(), body);
 * }</pre>
 *
 * <p>Numbers become {@link BigDecimal}, not double, so 18-digit ids and money stay exact.
 */
final class JsonRows {
  private JsonRows() {}

  /** The default cap on one row, in bytes: 8 MiB. */
  static final long DEFAULT_MAX_ROW_BYTES = 8L * 1024 * 1024;

  static ReportRows<Map<String, Object>> of(BufferedSource source, Closeable resource) {
    return of(source, resource, DEFAULT_MAX_ROW_BYTES);
  }

  /**
   * @param maxRowBytes the most bytes one row (and so one field) may take; a longer one throws
   *     {@link ReportFormatException} rather than filling the memory
   */
  static ReportRows<Map<String, Object>> of(
      BufferedSource raw, Closeable resource, long maxRowBytes) {
    State state = new State();
    RowSizeGuard guard = new RowSizeGuard(raw, maxRowBytes, state);
    BufferedSource source = Okio.buffer(guard);
    JsonReader reader = JsonReader.of(source);
    return new ReportRows<>(() -> {
      try {
        guard.sinceRowStart = 0;
        return nextRow(source, reader, state);
      } catch (JsonDataException | JsonEncodingException e) {
        throw new ReportFormatException(state.rows + 1, e.getMessage(), e);
      }
    }, resource);
  }

  /** Counts the bytes read since the current row began, and stops a row past the cap. */
  private static final class RowSizeGuard extends ForwardingSource {
    private final long maxRowBytes;
    private final State state;
    long sinceRowStart;

    RowSizeGuard(Source delegate, long maxRowBytes, State state) {
      super(delegate);
      this.maxRowBytes = maxRowBytes;
      this.state = state;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long read = super.read(sink, byteCount);
      sinceRowStart += Math.max(read, 0);
      // The reader buffers ahead by a segment or so; the cap allows for that slack.
      if (sinceRowStart > maxRowBytes + READ_AHEAD_SLACK) {
        throw new ReportFormatException(state.rows, "a row is larger than " + maxRowBytes
            + " bytes (the cap; raise it if your reports really hold such rows)", null);
      }
      return read;
    }
  }

  private static final long READ_AHEAD_SLACK = 64 * 1024;

  private static final class State {
    boolean started;
    boolean keyedByEntity;
    boolean inArray;
    long rows;
  }

  private static Map<String, Object> nextRow(BufferedSource source, JsonReader reader, State state)
      throws IOException {
    if (!state.started) {
      state.started = true;
      if (source.exhausted()) {
        return null; // An empty download; Moshi would call it a truncated document.
      }
      JsonReader.Token first = reader.peek();
      if (first == JsonReader.Token.END_DOCUMENT) {
        return null;
      }
      if (first == JsonReader.Token.BEGIN_ARRAY) {
        reader.beginArray();
        state.inArray = true;
      } else if (first == JsonReader.Token.BEGIN_OBJECT) {
        reader.beginObject();
        state.keyedByEntity = true;
      } else {
        throw new ReportFormatException(
            1, "expected an array or object of rows, found " + first, null);
      }
    }
    while (true) {
      if (state.inArray) {
        if (reader.hasNext()) {
          return row(reader, state);
        }
        reader.endArray();
        state.inArray = false;
        if (!state.keyedByEntity) {
          return null;
        }
      }
      if (!reader.hasNext()) {
        reader.endObject();
        return null;
      }
      reader.nextName();
      if (reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
        reader.beginArray();
        state.inArray = true;
      } else {
        return row(reader, state);
      }
    }
  }

  private static Map<String, Object> row(JsonReader reader, State state) throws IOException {
    state.rows++;
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new ReportFormatException(state.rows, "a row must be a JSON object, found "
          + reader.peek() + " at " + reader.getPath(), null);
    }
    Map<String, Object> row = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      row.put(name, value(reader));
    }
    reader.endObject();
    return row;
  }

  private static Object value(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case STRING:
        return reader.nextString();
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        return reader.readJsonValue(); // Nested lists and objects, rare in reports.
    }
  }
}
