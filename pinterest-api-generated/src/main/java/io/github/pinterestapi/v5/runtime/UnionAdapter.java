package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Decodes a {@link OneOf} interface or an {@link AnyOf} {@link UnionValue}, once, from the stream.
 *
 * <p>The object's keys (and discriminator label) are read ahead with {@link JsonReader#peekJson()}.
 * A label that names an alternative of this union decides when that alternative holds every key
 * and has its required ones. Otherwise each alternative is ranked by {@link UnionFit} (the
 * labelled one first among equals): first those that keep every key, then those whose required
 * properties are all present, then by how many keys they know. A clear winner is decoded from the stream; when alternatives tie, each
 * is tried on a look-ahead reader in rank order and the first that decodes is kept. No JSON tree
 * is built, so numbers are never narrowed: one out of its type's range fails to decode.
 * Encoding writes the held value with its own adapter.
 */
final class UnionAdapter extends JsonAdapter<Object> {
  private final Class<?> type;
  private final List<Class<?>> alternatives;
  private final String discriminator;
  private final Map<String, Class<?>> byLabel = new LinkedHashMap<>();
  private final Constructor<?> wrapper;
  private final Moshi moshi;

  UnionAdapter(Class<?> type, Class<?>[] alternatives, String discriminator, String[] labels,
      Class<?>[] labelTypes, Moshi moshi) {
    this.type = type;
    this.alternatives = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(alternatives)));
    this.discriminator = discriminator;
    this.moshi = moshi;
    for (int i = 0; i < labels.length && i < labelTypes.length; i++) {
      byLabel.put(labels[i], labelTypes[i]);
    }
    Constructor<?> constructor = null;
    if (UnionValue.class.isAssignableFrom(type)) {
      try {
        constructor = type.getDeclaredConstructor(Object.class);
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type.getName() + " lacks its (Object) constructor", e);
      }
    }
    this.wrapper = constructor;
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new JsonDataException("Expected an object for " + type.getSimpleName() + " but was "
          + reader.peek() + " at path " + reader.getPath());
    }
    UnionFit.Keys keys = UnionFit.Keys.read(reader.peekJson(), discriminator);
    // A label counts only if it names one of our own alternatives: the generator can merge a
    // nested union's mapping into its parent, where the label would skip a level.
    Class<?> labelled = keys.label() == null ? null : byLabel.get(keys.label());
    if (labelled != null && !alternatives.contains(labelled)) {
      labelled = null;
    }
    // The label decides when its alternative holds the whole object. A label whose alternative
    // would drop keys or lacks required ones is outvoted by the keys: that keeps the data.
    if (labelled != null && UnionFit.isExact(labelled, keys)) {
      return wrap(decode(labelled, reader));
    }
    List<UnionFit> ranked = UnionFit.rank(alternatives, keys, labelled);
    if (ranked.size() == 1 || ranked.get(0).beats(ranked.get(1))) {
      return wrap(decode(ranked.get(0).alternative(), reader));
    }
    JsonDataException first = null;
    for (UnionFit fit : ranked) {
      JsonReader ahead = reader.peekJson();
      try {
        Object value = decode(fit.alternative(), ahead);
        reader.skipValue();
        return wrap(value);
      } catch (JsonDataException e) {
        if (first == null) {
          first = e;
        }
      } finally {
        ahead.close();
      }
    }
    throw new JsonDataException("No alternative of " + type.getSimpleName() + " fits the object at "
        + reader.getPath() + " (tried " + ranked.size() + ")", first);
  }

  private Object decode(Class<?> alternative, JsonReader reader) throws IOException {
    String path = reader.getPath();
    try {
      return moshi.adapter(alternative).fromJson(reader);
    } catch (JsonDataException e) {
      throw new JsonDataException(e.getMessage() + " (as " + alternative.getSimpleName() + " at "
          + path + ")", e);
    }
  }

  private Object wrap(Object value) {
    if (wrapper == null) {
      return value;
    }
    try {
      return wrapper.newInstance(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + type.getName(), e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void toJson(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    Object held = value instanceof UnionValue ? ((UnionValue) value).value() : value;
    ((JsonAdapter<Object>) moshi.adapter(held.getClass())).toJson(writer, held);
  }

  @Override
  public String toString() {
    return "UnionAdapter(" + type.getName() + ")";
  }
}
