package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a generated {@link PinterestModel} by its fields.
 *
 * <p>Unlike Moshi's built-in class adapter it writes an explicit null where the caller asked for
 * one (see {@link PinterestModel#explicitNulls()}), keeps unknown keys in the
 * {@link AdditionalProperties} map when the schema allows them, and names the model and property
 * when a value can't be decoded.
 */
final class ModelAdapter<T extends PinterestModel> extends JsonAdapter<T> {
  private final Class<T> type;
  private final Constructor<T> constructor;
  private final Property[] properties;
  private final JsonReader.Options names;
  private final Set<String> propertyNames;
  private final Field additional;
  private final JsonAdapter<Object> additionalValues;
  /** Properties a new instance already holds (a constant discriminator); null when none. */
  private final boolean @Nullable [] preset;

  private static final class Property {
    final String name;
    final Field field;
    final JsonAdapter<Object> adapter;

    Property(String name, Field field, JsonAdapter<Object> adapter) {
      this.name = name;
      this.field = field;
      this.adapter = adapter;
    }
  }

  ModelAdapter(Class<T> type, Moshi moshi) {
    this.type = type;
    try {
      constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " has no no-argument constructor", e);
    }
    List<Property> found = new ArrayList<>();
    Field extra = null;
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
        continue;
      }
      field.setAccessible(true);
      if (field.isAnnotationPresent(AdditionalProperties.class)) {
        extra = field;
        continue;
      }
      Json json = field.getAnnotation(Json.class);
      String name = json != null ? json.name() : field.getName();
      found.add(new Property(name, field, moshi.adapter(field.getGenericType())));
    }
    properties = found.toArray(new Property[0]);
    String[] jsonNames = new String[properties.length];
    for (int i = 0; i < properties.length; i++) {
      jsonNames[i] = properties[i].name;
    }
    names = JsonReader.Options.of(jsonNames);
    propertyNames = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(jsonNames)));
    additional = extra;
    additionalValues = extra == null ? null : moshi.adapter(mapValueType(extra.getGenericType()));
    preset = presets(newInstance());
  }

  private boolean @Nullable [] presets(T fresh) {
    boolean[] found = new boolean[properties.length];
    boolean any = false;
    for (int i = 0; i < properties.length; i++) {
      found[i] = get(properties[i].field, fresh) != null;
      any |= found[i];
    }
    return any ? found : null;
  }

  /** The JSON names of this model's named properties. */
  Set<String> propertyNames() {
    return propertyNames;
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    T model = newInstance();
    // Decoding keeps what the JSON says: a preset property the JSON leaves out stays absent.
    boolean[] unread = preset == null ? null : preset.clone();
    Map<String, Object> extra = null;
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(names);
      if (index == -1) {
        String name = reader.nextName();
        if (additional == null) {
          reader.skipValue();
          continue;
        }
        if (extra == null) {
          extra = new LinkedHashMap<>();
        }
        extra.put(name, additionalValues.fromJson(reader));
        continue;
      }
      Property property = properties[index];
      if (unread != null) {
        unread[index] = false;
      }
      if (reader.peek() == JsonReader.Token.NULL) {
        set(property.field, model, null);
        reader.skipValue();
        continue;
      }
      Object value;
      try {
        value = property.adapter.fromJson(reader);
      } catch (JsonDataException e) {
        throw withContext(e, property.name);
      }
      set(property.field, model, value);
    }
    reader.endObject();
    for (int i = 0; unread != null && i < unread.length; i++) {
      if (unread[i]) {
        set(properties[i].field, model, null);
      }
    }
    if (extra != null) {
      set(additional, model, extra);
    }
    return model;
  }

  @Override
  public void toJson(JsonWriter writer, T model) throws IOException {
    if (model == null) {
      writer.nullValue();
      return;
    }
    Set<String> explicitNulls = model.explicitNulls();
    writer.beginObject();
    for (Property property : properties) {
      Object value = get(property.field, model);
      if (value != null) {
        writer.name(property.name);
        property.adapter.toJson(writer, value);
      } else if (explicitNulls.contains(property.name)) {
        boolean serializeNulls = writer.getSerializeNulls();
        writer.setSerializeNulls(true);
        writer.name(property.name).nullValue();
        writer.setSerializeNulls(serializeNulls);
      }
    }
    if (additional != null) {
      Map<?, ?> extra = (Map<?, ?>) get(additional, model);
      if (extra != null) {
        for (Map.Entry<?, ?> entry : extra.entrySet()) {
          writer.name(String.valueOf(entry.getKey()));
          additionalValues.toJson(writer, entry.getValue());
        }
      }
    }
    writer.endObject();
  }

  private JsonDataException withContext(JsonDataException e, String property) {
    String message = String.valueOf(e.getMessage());
    if (message.contains(" (in ")) {
      return e;
    }
    return new JsonDataException(message + " (in " + type.getSimpleName() + "." + property + ")", e);
  }

  private T newInstance() {
    try {
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + type.getName(), e);
    }
  }

  private static void set(Field field, Object target, Object value) {
    try {
      field.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object get(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Type mapValueType(Type mapType) {
    if (mapType instanceof ParameterizedType) {
      return ((ParameterizedType) mapType).getActualTypeArguments()[1];
    }
    return Object.class;
  }

  @Override
  public String toString() {
    return "ModelAdapter(" + type.getName() + ")";
  }
}
