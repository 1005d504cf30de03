package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Base of the {@code JsonAdapter} generated for every model: it holds the model's JSON property
 * names, which a union also uses to score its alternatives, and the helpers the generated reading
 * and writing code shares.
 *
 * <pre>{@code
 * Set<String> names = ((ModelJsonAdapter<?>) moshi.adapter(Pin.class)).propertyNames();
 * }</pre>
 *
 * @param <T> the model class
 */
public abstract class ModelJsonAdapter<T extends PinterestModel> extends JsonAdapter<T> {
  private final String modelName;
  private final JsonReader.Options names;
  private final Set<String> propertyNames;

  /**
   * @param modelName the model's class name, for error messages
   * @param names the JSON property names; {@link #read} numbers them from 1 in this order
   */
  protected ModelJsonAdapter(String modelName, String... names) {
    this.modelName = modelName;
    this.names = JsonReader.Options.of(names);
    this.propertyNames = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
  }

  /** The JSON names of this model's named properties. */
  public final Set<String> propertyNames() {
    return propertyNames;
  }

  /** A new, empty model to read into. */
  protected abstract PinterestModel newModel();

  /**
   * Reads the non-null value of one named property into the model.
   *
   * @param number the property's position in the names given to the constructor, from 1
   */
  protected abstract void read(int number, JsonReader reader, PinterestModel model)
      throws IOException;

  /** Reads a property the model doesn't name; it is skipped unless the model keeps it. */
  protected void readOther(JsonReader reader, PinterestModel model) throws IOException {
    reader.skipName();
    reader.skipValue();
    DroppedKeys.add();
  }

  /** Writes every property that is set, and those set to null on purpose. */
  protected abstract void write(JsonWriter writer, PinterestModel model) throws IOException;

  @Override
  @SuppressWarnings("unchecked")
  public final T fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    PinterestModel model = newModel();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index == -1) {
        readOther(reader, model);
      } else if (reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
      } else {
        try {
          read(index + 1, reader, model);
        } catch (JsonDataException e) {
          throw inProperty(e, index);
        }
      }
    }
    reader.endObject();
    return (T) model;
  }

  @Override
  public final void toJson(JsonWriter writer, T model) throws IOException {
    if (model == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    write(writer, model);
    writer.endObject();
  }

  /** Names the model and property a value failed in, once (nested models add nothing more). */
  private JsonDataException inProperty(JsonDataException e, int index) {
    String message = String.valueOf(e.getMessage());
    if (message.contains(" (in ")) {
      return e;
    }
    return new JsonDataException(message + " (in " + modelName + "." + names.strings().get(index)
        + ")", e);
  }

  // One helper per JSON type keeps every generated write straight-line and small: a property
  // is written when set, as an explicit null when the caller set it to null, else left out.

  protected static void writeString(JsonWriter writer, String name, String value,
      PinterestModel model) throws IOException {
    if (named(writer, name, value, model)) {
      writer.value(value);
    }
  }

  protected static void writeBoolean(JsonWriter writer, String name, Boolean value,
      PinterestModel model) throws IOException {
    if (named(writer, name, value, model)) {
      writer.value(value.booleanValue());
    }
  }

  /** An Integer or Long. */
  protected static void writeLong(JsonWriter writer, String name, Number value,
      PinterestModel model) throws IOException {
    if (named(writer, name, value, model)) {
      writer.value(value.longValue());
    }
  }

  protected static void writeDouble(JsonWriter writer, String name, Double value,
      PinterestModel model) throws IOException {
    if (named(writer, name, value, model)) {
      writer.value(value.doubleValue());
    }
  }

  /** A Float or BigDecimal, written as its own shortest text. */
  protected static void writeNumber(JsonWriter writer, String name, Number value,
      PinterestModel model) throws IOException {
    if (named(writer, name, value, model)) {
      writer.value(value);
    }
  }

  protected static void writeDateTime(JsonWriter writer, String name, OffsetDateTime value,
      PinterestModel model) throws IOException {
    if (named(writer, name, value, model)) {
      TimeAdapters.writeDateTime(writer, value);
    }
  }

  protected static void writeDate(JsonWriter writer, String name, LocalDate value,
      PinterestModel model) throws IOException {
    if (named(writer, name, value, model)) {
      TimeAdapters.writeDate(writer, value);
    }
  }

  protected static <V> void write(JsonWriter writer, String name, JsonAdapter<V> adapter, V value,
      PinterestModel model) throws IOException {
    if (named(writer, name, value, model)) {
      adapter.toJson(writer, value);
    }
  }

  /** Writes the name of a set property (true), or an explicit null the caller asked for. */
  private static boolean named(JsonWriter writer, String name, Object value, PinterestModel model)
      throws IOException {
    if (value != null) {
      writer.name(name);
      return true;
    }
    if (model.isExplicitNull(name)) {
      // Even when the writer leaves nulls out: the caller asked for this one.
      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      writer.name(name).nullValue();
      writer.setSerializeNulls(serializeNulls);
    }
    return false;
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + modelName + ")";
  }
}
