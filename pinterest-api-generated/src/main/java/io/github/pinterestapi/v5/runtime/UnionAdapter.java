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
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes a {@link OneOf} interface or an {@link AnyOf} {@link UnionValue}.
 *
 * <p>A discriminator label that names a class of this union decides. Otherwise each alternative is
 * scored by how many of the JSON object's keys it knows, minus the keys it doesn't, and the best
 * one that decodes wins. Encoding writes the held value with its own adapter, so the
 * discriminator property (which every alternative declares itself) is written once.
 */
final class UnionAdapter extends JsonAdapter<Object> {
  private final Class<?> type;
  private final List<Class<?>> alternatives;
  private final String discriminator;
  private final Map<String, Class<?>> byLabel = new LinkedHashMap<>();
  private final Constructor<?> wrapper;
  private final Moshi moshi;
  /** Property names per alternative; scoring runs for every undiscriminated value decoded. */
  private final Map<Class<?>, Set<String>> namesByAlternative = new ConcurrentHashMap<>();

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
    if (!discriminator.isEmpty() && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // The common case decodes once, straight from the stream: peek at the label, then let the
      // labelled alternative read the object.
      Class<?> labelled = byLabel.get(peekLabel(reader.peekJson()));
      if (labelled != null && alternatives.contains(labelled)) {
        return wrap(moshi.adapter(labelled).fromJson(reader));
      }
    }
    String path = reader.getPath();
    Object tree = reader.readJsonValue();
    if (!(tree instanceof Map)) {
      throw new JsonDataException("Expected an object for " + type.getSimpleName() + " but was "
          + tree + " at path " + path);
    }
    Map<?, ?> json = (Map<?, ?>) tree;
    Object label = discriminator.isEmpty() ? null : json.get(discriminator);
    Class<?> chosen = label == null ? null : byLabel.get(String.valueOf(label));
    // A label counts only if it names one of our own alternatives: the generator can merge a
    // nested union's mapping into its parent, where the label would skip a level.
    if (chosen != null && alternatives.contains(chosen)) {
      return wrap(decode(chosen, json, path));
    }
    JsonDataException first = null;
    for (Class<?> candidate : ranked(json)) {
      try {
        return wrap(decode(candidate, json, path));
      } catch (JsonDataException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    throw new JsonDataException("No alternative of " + type.getSimpleName() + " fits the object at "
        + path + " (tried " + alternatives.size() + ")", first);
  }

  private String peekLabel(JsonReader peek) throws IOException {
    try {
      peek.beginObject();
      while (peek.hasNext()) {
        if (peek.nextName().equals(discriminator) && peek.peek() == JsonReader.Token.STRING) {
          return peek.nextString();
        }
        peek.skipValue();
      }
      return null;
    } finally {
      peek.close();
    }
  }

  private List<Class<?>> ranked(Map<?, ?> json) {
    List<Class<?>> ranked = new ArrayList<>(alternatives);
    final Map<Class<?>, Integer> scores = new LinkedHashMap<>();
    for (Class<?> candidate : ranked) {
      Set<String> known = knownNames(candidate);
      int score = 0;
      for (Object key : json.keySet()) {
        score += known.contains(String.valueOf(key)) ? 2 : -1;
      }
      scores.put(candidate, score);
    }
    // Stable sort: among equal scores the description's order stands.
    Collections.sort(ranked, new Comparator<Class<?>>() {
      @Override
      public int compare(Class<?> a, Class<?> b) {
        return scores.get(b) - scores.get(a);
      }
    });
    return ranked;
  }

  private Set<String> knownNames(Class<?> candidate) {
    Set<String> known = namesByAlternative.get(candidate);
    if (known == null) {
      known = namesOf(candidate);
      namesByAlternative.put(candidate, known);
    }
    return known;
  }

  private Set<String> namesOf(Class<?> candidate) {
    JsonAdapter<?> adapter = moshi.adapter(candidate);
    if (adapter instanceof ModelJsonAdapter) {
      return ((ModelJsonAdapter<?>) adapter).propertyNames();
    }
    if (adapter instanceof UnionAdapter) {
      Set<String> names = new LinkedHashSet<>();
      for (Class<?> nested : ((UnionAdapter) adapter).alternatives) {
        names.addAll(knownNames(nested));
      }
      return names;
    }
    return Collections.emptySet();
  }

  private Object decode(Class<?> candidate, Map<?, ?> json, String path) {
    try {
      return moshi.adapter(candidate).fromJsonValue(json);
    } catch (JsonDataException e) {
      throw new JsonDataException(e.getMessage() + " (as " + candidate.getSimpleName() + " at "
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
