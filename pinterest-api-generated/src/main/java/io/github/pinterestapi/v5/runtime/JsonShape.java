package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of a JSON value at every depth, without its values: what a union judges nested fit by
 * when top-level keys leave its alternatives tied (see {@link NestedFit}).
 *
 * <p>Read once from a reader of the union's object, in time linear in the value. Below
 * {@link #MAX_DEPTH} levels the rest is skipped and counts as fitting anything, so the stack stays
 * bounded whatever the input. A null member reads as absent, as the models decode it.
 */
final class JsonShape {
  static final int MAX_DEPTH = 32;
  private static final JsonShape SCALAR = new JsonShape(null, null);
  private static final JsonShape UNKNOWN = new JsonShape(null, null);

  /** An object's non-null members, else null. */
  final Map<String, JsonShape> members;
  /** An array's items, else null. */
  final List<JsonShape> items;
  /** Fits already judged for this object, by type: a shape is judged by one thread. */
  private Map<Class<?>, NestedFit> fits;

  private JsonShape(Map<String, JsonShape> members, List<JsonShape> items) {
    this.members = members;
    this.items = items;
  }

  /** Reads the next value's shape from a reader of its own and closes it. */
  static JsonShape read(JsonReader ahead) throws IOException {
    try {
      return read(ahead, 0);
    } finally {
      ahead.close();
    }
  }

  private static JsonShape read(JsonReader reader, int depth) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.BEGIN_OBJECT && token != JsonReader.Token.BEGIN_ARRAY) {
      reader.skipValue();
      return SCALAR;
    }
    if (depth >= MAX_DEPTH) {
      reader.skipValue();
      return UNKNOWN;
    }
    if (token == JsonReader.Token.BEGIN_ARRAY) {
      List<JsonShape> items = new ArrayList<>();
      reader.beginArray();
      while (reader.hasNext()) {
        items.add(read(reader, depth + 1));
      }
      reader.endArray();
      return new JsonShape(null, items);
    }
    Map<String, JsonShape> members = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
      } else {
        members.put(name, read(reader, depth + 1));
      }
    }
    reader.endObject();
    return new JsonShape(members, null);
  }

  boolean isScalar() {
    return this == SCALAR;
  }

  boolean isUnknown() {
    return this == UNKNOWN;
  }

  NestedFit judged(Class<?> type) {
    return fits == null ? null : fits.get(type);
  }

  void judged(Class<?> type, NestedFit fit) {
    if (fits == null) {
      fits = new HashMap<>();
    }
    fits.put(type, fit);
  }
}
