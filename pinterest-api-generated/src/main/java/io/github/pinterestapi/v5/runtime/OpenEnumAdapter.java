package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;

/**
 * Reads and writes a generated {@link OpenEnum}. A string Pinterest documents is matched against
 * the known constants straight from the reader's bytes, so it costs no {@code String}; any other
 * value becomes an unknown constant that keeps it.
 *
 * <pre>{@code
 * new OpenEnumAdapter<>(BoardPrivacy.values(), BoardPrivacy::of, String.class, moshi)
 * }</pre>
 *
 * @param <V> the JSON type of the values
 * @param <E> the enum class
 */
public final class OpenEnumAdapter<V, E extends OpenEnum<V>> extends JsonAdapter<E> {
  /** Makes the constant for a value: the generated enum's {@code of}. */
  public interface Of<V, E> {
    E of(V value);
  }

  private final Object[] known;
  private final JsonReader.Options strings;
  private final Of<V, E> of;
  private final JsonAdapter<V> values;
  private final Class<V> valueType;

  /**
   * @param known the enum's known constants ({@code values()})
   * @param of its {@code of} method, for values it doesn't know
   * @param valueType the JSON type of its values
   * @param moshi where to find the adapter for values that are not strings
   */
  public OpenEnumAdapter(List<E> known, Of<V, E> of, Class<V> valueType, Moshi moshi) {
    this.known = known.toArray();
    this.of = of;
    this.valueType = valueType;
    this.values = moshi.adapter(valueType);
    if (valueType == String.class) {
      String[] names = new String[known.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = (String) known.get(i).value();
      }
      strings = JsonReader.Options.of(names);
    } else {
      strings = null;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public E fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (strings != null && token == JsonReader.Token.STRING) {
      int index = reader.selectString(strings);
      if (index != -1) {
        return (E) known[index];
      }
    }
    V value;
    try {
      value = values.fromJson(reader);
    } catch (JsonDataException e) {
      throw new JsonDataException("Expected a " + valueType.getSimpleName() + " enum value at "
          + reader.getPath() + ": " + e.getMessage(), e);
    }
    return of.of(value);
  }

  @Override
  public void toJson(JsonWriter writer, E value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (strings != null) {
      writer.value((String) value.value());
    } else {
      values.toJson(writer, value.value());
    }
  }

  @Override
  public String toString() {
    return "OpenEnumAdapter(" + valueType.getSimpleName() + ")";
  }
}
