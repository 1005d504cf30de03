package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import okio.Buffer;

/**
 * Decodes a {@link OneOf} interface or an {@link AnyOf} {@link UnionValue} from one copy of its
 * object, without a JSON tree.
 *
 * <p>The object's bytes are copied once ({@link UnionBytes}), and every look reads the copy, never
 * the stream. A labelled object (its label found by {@link UnionLabel}) is first decoded as its
 * label's alternative: when that decodes and drops no key at any depth, the rules below would pick
 * it anyway, so it is the answer. That is one decode and no key bookkeeping for the usual
 * response. Otherwise the full judgement follows.
 *
 * <p>The full judgement reads the object's keys (and discriminator label) on a look-ahead reader
 * of the copy and ranks each alternative by {@link UnionFit}: first those that keep every key,
 * then those whose required properties are all present, then by how many keys they know. When one
 * alternative alone keeps every top-level key it is decoded, as is the labelled one when it holds
 * the whole object. When several keep every top-level key, the object's nested keys are read too
 * ({@link JsonShape}) and the same tests are applied at every depth ({@link NestedFit}: keeping
 * every key first, then the label, then required properties), so a label never wins by dropping
 * nested data, and never loses to a better-filled stranger. Tied alternatives are tried on
 * look-ahead readers in rank order and the first that decodes is kept; a fallback never drops keys
 * that a better-ranked alternative would keep. No JSON tree is built, so numbers are never
 * narrowed: one out of its type's range fails to decode. Encoding writes the held value with its
 * own adapter.
 */
final class UnionAdapter extends JsonAdapter<Object> {
  private final Class<?> type;
  private final List<Class<?>> alternatives;
  private final Map<String, Class<?>> byLabel = new LinkedHashMap<>();
  private final Wrapper wrapper;
  private final UnionKeys.Table keyTable;
  private final Moshi moshi;
  // The fast path's labels: those that name one of our own alternatives, and their types. Null
  // without a discriminator.
  private final UnionLabel label;
  private final Class<?>[] ownLabelTypes;
  // The alternatives' adapters, looked up once (Moshi's lookup allocates a key per call).
  private final AtomicReferenceArray<JsonAdapter<Object>> adapters;

  /** Wraps a decoded alternative in its {@link UnionValue}: the generated class's {@code of}. */
  interface Wrapper {
    Object wrap(Object alternative);
  }

  UnionAdapter(Class<?> type, Class<?>[] alternatives, String discriminator, String[] labels,
      Class<?>[] labelTypes, Wrapper wrapper, Moshi moshi) {
    this.type = type;
    this.alternatives = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(alternatives)));
    this.moshi = moshi;
    this.adapters = new AtomicReferenceArray<>(this.alternatives.size());
    for (int i = 0; i < labels.length && i < labelTypes.length; i++) {
      byLabel.put(labels[i], labelTypes[i]);
    }
    this.wrapper = wrapper;
    this.keyTable = new UnionKeys.Table(this.alternatives, discriminator, byLabel.keySet());
    List<String> own = new ArrayList<>();
    List<Class<?>> ownTypes = new ArrayList<>();
    for (Map.Entry<String, Class<?>> label : byLabel.entrySet()) {
      if (this.alternatives.contains(label.getValue())) {
        own.add(label.getKey());
        ownTypes.add(label.getValue());
      }
    }
    boolean labelled = discriminator != null && !discriminator.isEmpty() && !own.isEmpty();
    this.label = labelled ? new UnionLabel(discriminator, own.toArray(new String[0])) : null;
    this.ownLabelTypes = ownTypes.toArray(new Class<?>[0]);
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
    // The object is judged on its own copy, one reader per look. A look-ahead reader would
    // first share every segment its source has buffered, which for a page read from memory is
    // the rest of the page, and leave those segments shared, so never recycled.
    UnionBytes copy = UnionBytes.enter();
    try {
      int length = copy.read(reader.nextSource());
      byte[] object = copy.bytes();
      if (label != null) {
        Object kept = decodeLabelledKeepingEverything(object, length, reader);
        if (kept != null) {
          return wrap(kept);
        }
      }
      Buffer bytes = new Buffer().write(object, 0, length);
      try {
        return wrap(choose(readerOf(bytes, reader), reader));
      } finally {
        bytes.clear();
      }
    } finally {
      copy.exit();
    }
  }

  /** A reader of {@code bytes} that reads as leniently as the one they came from. */
  private static JsonReader readerOf(Buffer bytes, JsonReader like) {
    JsonReader own = JsonReader.of(bytes);
    own.setLenient(like.isLenient());
    own.setFailOnUnknown(like.failOnUnknown());
    return own;
  }

  private Object choose(JsonReader reader, JsonReader outer) throws IOException {
    UnionKeys keys = UnionKeys.read(reader.peekJson(), keyTable);
    // A label counts only if it names one of our own alternatives: the generator can merge a
    // nested union's mapping into its parent, where the label would skip a level.
    Class<?> labelled = keys.label() == null ? null : byLabel.get(keys.label());
    if (labelled != null && !alternatives.contains(labelled)) {
      labelled = null;
    }
    List<UnionFit> ranked = UnionFit.rank(alternatives, keys, keyTable, labelled);
    List<Class<?>> keepers = new ArrayList<>();
    UnionFit labelledFit = null;
    for (UnionFit fit : ranked) {
      if (fit.keepsEveryKey()) {
        keepers.add(fit.alternative());
      }
      if (fit.alternative() == labelled) {
        labelledFit = fit;
      }
    }
    if (keepers.size() > 1) {
      return decodeNested(reader, outer, ranked, keepers, labelled);
    }
    // The label decides when its alternative holds the whole object. A label whose alternative
    // would drop keys or lacks required ones is outvoted by the keys: that keeps the data.
    if (labelledFit != null && labelledFit.isExact()) {
      return decode(labelled, reader, outer);
    }
    if (ranked.size() == 1 || ranked.get(0).beats(ranked.get(1))) {
      return decode(ranked.get(0).alternative(), reader, outer);
    }
    List<Class<?>> order = new ArrayList<>();
    for (UnionFit fit : ranked) {
      order.add(fit.alternative());
    }
    return decodeFirstThatFits(reader, outer, order);
  }

  /**
   * The common case, decoded without judging: the object names its alternative and that
   * alternative keeps every key at every depth. Whatever else would fit, the rules below pick a
   * labelled alternative that drops nothing, so it is decoded and kept if it decodes and nothing
   * was dropped ({@link DroppedKeys}). Otherwise returns null, for the full judgement.
   */
  private Object decodeLabelledKeepingEverything(byte[] object, int length, JsonReader like)
      throws IOException {
    int index = label.find(object, length);
    if (index == UnionLabel.NONE) {
      return null;
    }
    Buffer bytes = new Buffer().write(object, 0, length);
    int dropped = DroppedKeys.count();
    try {
      Object value = adapterOf(ownLabelTypes[index]).fromJson(readerOf(bytes, like));
      return value == null || DroppedKeys.count() != dropped ? null : value;
    } catch (JsonDataException e) {
      return null;
    } finally {
      bytes.clear();
    }
  }

  /**
   * Several alternatives keep every top-level key: judges them by their nested objects too, and
   * decodes the best. When it fails to decode the next is tried, among those that keep every key
   * at every depth (or, if none does, among all): falling back further would drop data.
   */
  private Object decodeNested(JsonReader reader, JsonReader outer, List<UnionFit> ranked,
      List<Class<?>> keepers, final Class<?> labelled) throws IOException {
    JsonShape shape = JsonShape.read(reader.peekJson());
    final Map<Class<?>, NestedFit> fits = new LinkedHashMap<>();
    for (Class<?> keeper : keepers) {
      fits.put(keeper, NestedFit.of(keeper, shape));
    }
    // Sorting is stable: among equals the top-level rank decides.
    Collections.sort(keepers, new Comparator<Class<?>>() {
      @Override
      public int compare(Class<?> a, Class<?> b) {
        NestedFit fa = fits.get(a);
        NestedFit fb = fits.get(b);
        // Keeping the data comes first. Then the label: it is the sender's own word, and a
        // labelled object that lacks a required property is an invalid object of that type (for
        // the server to refuse), not an object of another type.
        if (fa.keepsEveryKey() != fb.keepsEveryKey()) {
          return fa.keepsEveryKey() ? -1 : 1;
        }
        int order = (b == labelled ? 1 : 0) - (a == labelled ? 1 : 0);
        if (order == 0) {
          order = NestedFit.compareTiers(fa, fb);
        }
        return order != 0 ? order : NestedFit.compareScores(fa, fb);
      }
    });
    List<Class<?>> order = new ArrayList<>();
    for (Class<?> keeper : keepers) {
      if (fits.get(keeper).keepsEveryKey()) {
        order.add(keeper);
      }
    }
    if (order.isEmpty()) {
      order.addAll(keepers);
      for (UnionFit fit : ranked) {
        if (!fit.keepsEveryKey()) {
          order.add(fit.alternative());
        }
      }
    }
    return order.size() == 1 ? decode(order.get(0), reader, outer)
        : decodeFirstThatFits(reader, outer, order);
  }

  /** Tries each alternative in turn on a look-ahead reader and keeps the first that decodes. */
  private Object decodeFirstThatFits(JsonReader reader, JsonReader outer, List<Class<?>> order)
      throws IOException {
    JsonDataException first = null;
    for (Class<?> alternative : order) {
      JsonReader ahead = reader.peekJson();
      try {
        Object value = decode(alternative, ahead, outer);
        reader.skipValue();
        return value;
      } catch (JsonDataException e) {
        if (first == null) {
          first = e;
        }
      } finally {
        ahead.close();
      }
    }
    throw new JsonDataException("No alternative of " + type.getSimpleName() + " fits the object at "
        + pathOf(outer) + " (tried " + order.size() + ")", first);
  }

  private Object decode(Class<?> alternative, JsonReader reader, JsonReader outer)
      throws IOException {
    try {
      return adapterOf(alternative).fromJson(reader);
    } catch (JsonDataException e) {
      throw new JsonDataException(e.getMessage() + " (as " + alternative.getSimpleName() + " at "
          + pathOf(outer) + ")", e);
    }
  }

  /**
   * Where the union's object is, for error messages: computed only when one is thrown, from the
   * reader the object was copied from. That reader has moved past the object, which for an array
   * element also moved its index, so the element's own index is restored.
   */
  private static String pathOf(JsonReader outer) {
    String path = outer.getPath();
    int open = path.lastIndexOf('[');
    if (!path.endsWith("]") || open < 0) {
      return path;
    }
    try {
      int index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
      return path.substring(0, open + 1) + (index - 1) + "]";
    } catch (NumberFormatException e) {
      return path;
    }
  }

  private Object wrap(Object value) {
    return wrapper == null ? value : wrapper.wrap(value);
  }

  @Override
  public void toJson(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    Object held = value instanceof UnionValue ? ((UnionValue) value).value() : value;
    adapterOf(held.getClass()).toJson(writer, held);
  }

  @SuppressWarnings("unchecked")
  private JsonAdapter<Object> adapterOf(Class<?> alternative) {
    int index = alternatives.indexOf(alternative);
    if (index < 0) {
      return (JsonAdapter<Object>) moshi.adapter(alternative);
    }
    JsonAdapter<Object> adapter = adapters.get(index);
    if (adapter == null) {
      adapter = (JsonAdapter<Object>) moshi.adapter(alternative);
      adapters.set(index, adapter);
    }
    return adapter;
  }

  @Override
  public String toString() {
    return "UnionAdapter(" + type.getName() + ")";
  }
}
