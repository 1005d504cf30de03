package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes free-form JSON (a schema with no properties, or a plain JSON value) without
 * losing anything: numbers stay exact (a {@code Long} when whole and in range, else a
 * {@link BigDecimal}; never a rounded {@code Double}), and a member whose value is null is kept
 * and written back. Nesting is capped, so hostile input can't exhaust the stack.
 */
final class JsonTree extends JsonAdapter<Object> {
  private static final int MAX_DEPTH = 64;
  private final Moshi moshi;

  JsonTree(Moshi moshi) {
    this.moshi = moshi;
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    return read(reader, 0);
  }

  static Object read(JsonReader reader, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new JsonDataException("JSON nested deeper than " + MAX_DEPTH + " at "
          + reader.getPath());
    }
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          object.put(name, read(reader, depth + 1));
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader, depth + 1));
        }
        reader.endArray();
        return array;
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("Unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static Object number(String text) {
    if (isShortInteger(text)) {
      return Long.parseLong(text);
    }
    BigDecimal decimal = new BigDecimal(text);
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException tooBig) {
        return decimal;
      }
    }
    return decimal;
  }

  /** Digits, perhaps signed, too few to overflow a long: parsed without a BigDecimal. */
  private static boolean isShortInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (text.length() == start || text.length() - start > 18) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void toJson(JsonWriter writer, Object value) throws IOException {
    write(writer, value, moshi);
  }

  @SuppressWarnings("unchecked")
  static void write(JsonWriter writer, Object value, Moshi moshi) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
        writer.name(String.valueOf(member.getKey()));
        if (member.getValue() == null) {
          // Kept: {"a": null} says something {} does not.
          boolean serializeNulls = writer.getSerializeNulls();
          writer.setSerializeNulls(true);
          writer.nullValue();
          writer.setSerializeNulls(serializeNulls);
        } else {
          write(writer, member.getValue(), moshi);
        }
      }
      writer.endObject();
    } else if (value instanceof List) {
      writer.beginArray();
      for (Object item : (List<?>) value) {
        write(writer, item, moshi);
      }
      writer.endArray();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else if (value instanceof Number) {
      writer.value((Number) value);
    } else {
      ((JsonAdapter<Object>) moshi.adapter(value.getClass())).toJson(writer, value);
    }
  }

  @Override
  public String toString() {
    return "JsonTree";
  }
}
