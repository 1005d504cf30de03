package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Base of every generated model class.
 *
 * <p>It remembers which nullable properties the caller set to null on purpose, so that a PATCH
 * body sends {@code "description": null} for them while properties nobody touched are omitted:
 *
 * <pre>{@code
 * new BoardUpdate().name("Recipes").description(null)   // {"name":"Recipes","description":null}
 * }</pre>
 *
 * <p>Each model also reads and writes its own properties for the one runtime
 * {@link ModelJsonAdapter}, through hooks hidden from the models' documentation: a model's
 * reading and writing code lives in the model class, so there is no adapter class per model (the
 * jar would hold every model's names and types twice).
 */
public abstract class PinterestModel {
  private transient @Nullable Set<String> explicitNulls;

  /**
   * Records the value the caller gave the nullable property {@code jsonName}: when it is null, the
   * property is sent as an explicit null.
   */
  protected final void explicitNull(String jsonName, @Nullable Object value) {
    if (value == null) {
      if (explicitNulls == null) {
        explicitNulls = new LinkedHashSet<>();
      }
      explicitNulls.add(jsonName);
    } else if (explicitNulls != null) {
      explicitNulls.remove(jsonName);
    }
  }

  /** Whether {@code jsonName} is written as an explicit null; costs nothing when none is. */
  final boolean isExplicitNull(String jsonName) {
    return explicitNulls != null && explicitNulls.contains(jsonName);
  }

  /** The JSON names of properties that will be written as an explicit null. */
  public final Set<String> explicitNulls() {
    return explicitNulls == null
        ? Collections.<String>emptySet()
        : Collections.unmodifiableSet(explicitNulls);
  }

  /**
   * A new, empty model of this class to decode into, with no presets: a decoded model holds only
   * what the JSON says. {@link ModelJsonAdapter} calls it on its prototype (no reflection).
   *
   * @return the new model
   * @hidden
   */
  protected abstract PinterestModel newInstance();

  /**
   * Reads the non-null value of one named property.
   *
   * @param number the property's position in the adapter's JSON names, from 1
   * @param reader positioned at the value
   * @param adapter the property's adapter, or null when its type is read inline
   * @throws IOException when the reader fails
   * @hidden
   */
  protected abstract void readJson(int number, JsonReader reader, @Nullable JsonAdapter<?> adapter)
      throws IOException;

  /**
   * Reads a property the model doesn't name: skipped (and counted for unions, see
   * {@link DroppedKeys}), unless the model keeps additional properties.
   *
   * @param reader positioned at the property's name
   * @param adapter the adapter of additional properties, or null when the model keeps none
   * @throws IOException when the reader fails
   * @hidden
   */
  protected void readOther(JsonReader reader, @Nullable JsonAdapter<?> adapter)
      throws IOException {
    reader.skipName();
    reader.skipValue();
    DroppedKeys.add();
  }

  /**
   * Writes every property that is set, and those set to null on purpose, between the braces.
   *
   * @param writer the writer, inside the model's object
   * @param adapters the adapters of the properties by number (null where read inline), and of
   *     additional properties at 0
   * @throws IOException when the writer fails
   * @hidden
   */
  protected abstract void writeJson(JsonWriter writer, @Nullable JsonAdapter<?>[] adapters)
      throws IOException;

  /**
   * Reads one value through its property's adapter, typed as the field it goes to.
   *
   * @hidden
   */
  @SuppressWarnings("unchecked")
  protected static <V> V readValue(@Nullable JsonAdapter<?> adapter, JsonReader reader)
      throws IOException {
    return (V) adapter.fromJson(reader);
  }

  /**
   * Reads a property the model doesn't name into its additional properties, made when needed.
   *
   * @hidden
   */
  protected static <V> Map<String, V> keepOther(JsonReader reader,
      @Nullable JsonAdapter<?> adapter, @Nullable Map<String, V> kept) throws IOException {
    Map<String, V> map = kept == null ? new LinkedHashMap<String, V>() : kept;
    String name = reader.nextName();
    map.put(name, PinterestModel.<V>readValue(adapter, reader));
    return map;
  }

  /**
   * Writes the additional properties after the named ones.
   *
   * @hidden
   */
  @SuppressWarnings("unchecked")
  protected static void writeOther(JsonWriter writer, @Nullable JsonAdapter<?> adapter,
      @Nullable Map<String, ?> kept) throws IOException {
    if (kept != null) {
      for (Map.Entry<String, ?> e : kept.entrySet()) {
        writer.name(e.getKey());
        ((JsonAdapter<Object>) adapter).toJson(writer, e.getValue());
      }
    }
  }

  // One helper per JSON type keeps every generated write straight-line and small: a property is
  // written when set, as an explicit null when the caller set it to null, else left out.

  /** @hidden */
  protected final void writeString(JsonWriter writer, String name, @Nullable String value)
      throws IOException {
    if (named(writer, name, value)) {
      writer.value(value);
    }
  }

  /** @hidden */
  protected final void writeBoolean(JsonWriter writer, String name, @Nullable Boolean value)
      throws IOException {
    if (named(writer, name, value)) {
      writer.value(value.booleanValue());
    }
  }

  /**
   * An Integer or Long.
   *
   * @hidden
   */
  protected final void writeLong(JsonWriter writer, String name, @Nullable Number value)
      throws IOException {
    if (named(writer, name, value)) {
      writer.value(value.longValue());
    }
  }

  /** @hidden */
  protected final void writeDouble(JsonWriter writer, String name, @Nullable Double value)
      throws IOException {
    if (named(writer, name, value)) {
      writer.value(value.doubleValue());
    }
  }

  /**
   * A Float or BigDecimal, written as its own shortest text.
   *
   * @hidden
   */
  protected final void writeNumber(JsonWriter writer, String name, @Nullable Number value)
      throws IOException {
    if (named(writer, name, value)) {
      writer.value(value);
    }
  }

  /** @hidden */
  protected final void writeDateTime(JsonWriter writer, String name,
      @Nullable OffsetDateTime value) throws IOException {
    if (named(writer, name, value)) {
      TimeAdapters.writeDateTime(writer, value);
    }
  }

  /** @hidden */
  protected final void writeDate(JsonWriter writer, String name, @Nullable LocalDate value)
      throws IOException {
    if (named(writer, name, value)) {
      TimeAdapters.writeDate(writer, value);
    }
  }

  /**
   * A value of any other type, through its adapter.
   *
   * @hidden
   */
  @SuppressWarnings("unchecked")
  protected final void write(JsonWriter writer, String name, @Nullable JsonAdapter<?> adapter,
      @Nullable Object value) throws IOException {
    if (named(writer, name, value)) {
      ((JsonAdapter<Object>) adapter).toJson(writer, value);
    }
  }

  /** Writes the name of a set property (true), or an explicit null the caller asked for. */
  private boolean named(JsonWriter writer, String name, @Nullable Object value)
      throws IOException {
    if (value != null) {
      writer.name(name);
      return true;
    }
    if (isExplicitNull(name)) {
      // Even when the writer leaves nulls out: the caller asked for this one.
      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      writer.name(name).nullValue();
      writer.setSerializeNulls(serializeNulls);
    }
    return false;
  }
}
