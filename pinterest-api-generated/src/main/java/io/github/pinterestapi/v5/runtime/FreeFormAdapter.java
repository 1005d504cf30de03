package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a free-form JSON object property, such as a Pin's {@code pin_metrics}, into maps and lists
 * whose scalars are read as {@code Object} is (strings, numbers, booleans), but with its keys
 * matched against the keys
 * it has met before, so a page of pins with the same metric names holds one {@code String} per
 * name instead of one per pin. At most {@value #MAX_KEYS} keys are remembered per property, so
 * hostile input cannot grow it. Scalars are read as {@code Object} is: numbers stay exact.
 *
 * <pre>{@code
 * JsonAdapter<Object> metrics = new FreeFormAdapter(moshi);
 * }</pre>
 */
public final class FreeFormAdapter extends JsonAdapter<Object> {
  static final int MAX_KEYS = 128;
  /** As deep as {@code JsonTree} reads, so hostile input can't exhaust the stack. */
  static final int MAX_DEPTH = 64;

  /** The keys met so far and the options that select them, replaced together. */
  private static final class Keys {
    final String[] names;
    final JsonReader.Options options;

    Keys(String[] names) {
      this.names = names;
      this.options = JsonReader.Options.of(names);
    }
  }

  private final JsonAdapter<Object> values;
  private volatile Keys keys = new Keys(new String[0]);

  public FreeFormAdapter(Moshi moshi) {
    this.values = moshi.adapter(Object.class);
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    return read(reader, keys, 0);
  }

  private Object read(JsonReader reader, Keys known, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new JsonDataException("JSON nested deeper than " + MAX_DEPTH + " at "
          + reader.getPath());
    }
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          int index = reader.selectName(known.options);
          String name = index != -1 ? known.names[index] : learn(reader.nextName());
          if (map.put(name, read(reader, known, depth + 1)) != null) {
            throw new JsonDataException("Map key '" + name + "' has multiple values at path "
                + reader.getPath());
          }
        }
        reader.endObject();
        return map;
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader, known, depth + 1));
        }
        reader.endArray();
        return list;
      default:
        return values.fromJson(reader);
    }
  }

  /** Remembers a new key for the next values, while there is room. */
  private String learn(String name) {
    synchronized (this) {
      Keys current = keys;
      if (current.names.length < MAX_KEYS && !Arrays.asList(current.names).contains(name)) {
        String[] more = Arrays.copyOf(current.names, current.names.length + 1);
        more[current.names.length] = name;
        keys = new Keys(more);
      }
    }
    return name;
  }

  @Override
  public void toJson(JsonWriter writer, Object value) throws IOException {
    values.toJson(writer, value);
  }

  @Override
  public String toString() {
    return "FreeFormAdapter";
  }
}
