package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code JsonAdapter} of every generated model, without reflection: property names are
 * matched against the reader's bytes ({@code selectName}), and the model reads and writes its own
 * properties through its {@link PinterestModel} hooks. One class serves every model, so the jar
 * holds no adapter class per model. {@code ModelJsonAdapters} makes one per model type:
 *
 * <pre>{@code
 * JsonAdapter<Pin> pins = new ModelJsonAdapter<>(new Pin(), adapters, "alt_text", "board_id");
 * Set<String> names = ((ModelJsonAdapter<?>) moshi.adapter(Pin.class)).propertyNames();
 * }</pre>
 *
 * @param <T> the model class
 */
public final class ModelJsonAdapter<T extends PinterestModel> extends JsonAdapter<T> {
  private final PinterestModel prototype;
  private final JsonReader.Options names;
  private final @Nullable JsonAdapter<?>[] adapters;

  /**
   * The prototype is typed {@code Object}, not {@code T}: passing a model where a
   * {@code PinterestModel} is declared makes the JVM's verifier load the model's class to check
   * it, so verifying {@code ModelJsonAdapters}, which builds every model's adapter, would load
   * every model class on an app's first call.
   *
   * @param prototype an empty model of the class ({@code T}), whose {@code newInstance()} makes
   *     each decoded one
   * @param adapters the properties' adapters, numbered as the names from 1 (null for a type the
   *     model reads inline), and at 0 the adapter of additional properties (null when the model
   *     keeps none)
   * @param names the JSON property names
   */
  public ModelJsonAdapter(Object prototype, @Nullable JsonAdapter<?>[] adapters, String... names) {
    if (adapters.length != names.length + 1) {
      throw new IllegalArgumentException(adapters.length + " adapters for " + names.length
          + " names of " + prototype.getClass().getSimpleName());
    }
    this.prototype = (PinterestModel) prototype;
    this.adapters = adapters;
    this.names = JsonReader.Options.of(names);
  }

  /** The JSON names of this model's named properties, in the adapter's order. */
  public Set<String> propertyNames() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(names.strings()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable T fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    PinterestModel model = prototype.newInstance();
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index == -1) {
        model.readOther(reader, adapters[0]);
      } else if (reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
      } else {
        try {
          model.readJson(index + 1, reader, adapters[index + 1]);
        } catch (JsonDataException e) {
          throw inProperty(e, index);
        }
      }
    }
    reader.endObject();
    return (T) model;
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable T model) throws IOException {
    if (model == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    model.writeJson(writer, adapters);
    writer.endObject();
  }

  /** Names the model and property a value failed in, once (nested models add nothing more). */
  private JsonDataException inProperty(JsonDataException e, int index) {
    String message = String.valueOf(e.getMessage());
    if (message.contains(" (in ")) {
      return e;
    }
    return new JsonDataException(message + " (in " + modelName() + "."
        + names.strings().get(index) + ")", e);
  }

  /** The model's class name (as a shrinker left it), for messages only. */
  private String modelName() {
    return prototype.getClass().getSimpleName();
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + modelName() + ")";
  }
}
