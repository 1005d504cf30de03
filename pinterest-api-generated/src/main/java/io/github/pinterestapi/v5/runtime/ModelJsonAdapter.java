package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
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
   * @param names the JSON property names, in the order the generated code's indexes use
   */
  protected ModelJsonAdapter(String modelName, JsonReader.Options names) {
    this.modelName = modelName;
    this.names = names;
    this.propertyNames = Collections.unmodifiableSet(new LinkedHashSet<>(names.strings()));
  }

  /** The JSON names of this model's named properties. */
  public final Set<String> propertyNames() {
    return propertyNames;
  }

  /** Names the model and property a value failed in, once (nested models add nothing more). */
  protected final JsonDataException inProperty(JsonDataException e, int index) {
    String message = String.valueOf(e.getMessage());
    if (message.contains(" (in ")) {
      return e;
    }
    return new JsonDataException(message + " (in " + modelName + "." + names.strings().get(index)
        + ")", e);
  }

  /** Writes {@code "name": null} even when the writer leaves nulls out. */
  protected static void explicitNull(JsonWriter writer, String name) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    writer.name(name).nullValue();
    writer.setSerializeNulls(serializeNulls);
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + modelName + ")";
  }
}
