package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapters for the lists and string-keyed maps in generated models, composed from their element's
 * adapter so the generated code never builds a reflective {@code Type}.
 *
 * <pre>{@code
 * JsonAdapter<List<Pin>> pins = Containers.list(moshi.adapter(Pin.class));
 * }</pre>
 */
public final class Containers {
  private Containers() {}

  /** A JSON array as an {@link ArrayList}; null elements stay null. */
  public static <E> JsonAdapter<List<E>> list(final JsonAdapter<E> elements) {
    return new JsonAdapter<List<E>>() {
      @Override
      public List<E> fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
          return reader.nextNull();
        }
        List<E> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(reader.peek() == JsonReader.Token.NULL
              ? reader.<E>nextNull() : elements.fromJson(reader));
        }
        reader.endArray();
        return list;
      }

      @Override
      public void toJson(JsonWriter writer, List<E> list) throws IOException {
        if (list == null) {
          writer.nullValue();
          return;
        }
        writer.beginArray();
        for (E element : list) {
          if (element == null) {
            writer.nullValue();
          } else {
            elements.toJson(writer, element);
          }
        }
        writer.endArray();
      }

      @Override
      public String toString() {
        return elements + ".list()";
      }
    };
  }

  /** A JSON object as a {@link LinkedHashMap} in the object's order; null values stay null. */
  public static <V> JsonAdapter<Map<String, V>> map(final JsonAdapter<V> values) {
    return new JsonAdapter<Map<String, V>>() {
      @Override
      public Map<String, V> fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
          return reader.nextNull();
        }
        Map<String, V> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          V value = reader.peek() == JsonReader.Token.NULL
              ? reader.<V>nextNull() : values.fromJson(reader);
          if (map.put(name, value) != null) {
            throw new JsonDataException("Duplicate key '" + name + "' at " + reader.getPath());
          }
        }
        reader.endObject();
        return map;
      }

      @Override
      public void toJson(JsonWriter writer, Map<String, V> map) throws IOException {
        if (map == null) {
          writer.nullValue();
          return;
        }
        writer.beginObject();
        for (Map.Entry<String, V> entry : map.entrySet()) {
          writer.name(entry.getKey());
          if (entry.getValue() == null) {
            writer.nullValue();
          } else {
            values.toJson(writer, entry.getValue());
          }
        }
        writer.endObject();
      }

      @Override
      public String toString() {
        return values + ".map()";
      }
    };
  }
}
