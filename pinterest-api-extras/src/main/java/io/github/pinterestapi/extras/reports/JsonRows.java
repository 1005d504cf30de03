package io.github.pinterestapi.extras.reports;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import okio.BufferedSource;

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

  static ReportRows<Map<String, Object>> of(BufferedSource source, Closeable resource) {
    JsonReader reader = JsonReader.of(source);
    State state = new State();
    return new ReportRows<>(() -> {
      try {
        return nextRow(source, reader, state);
      } catch (JsonDataException | JsonEncodingException e) {
        throw new ReportFormatException(state.rows + 1, e.getMessage(), e);
      }
    }, resource);
  }

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
