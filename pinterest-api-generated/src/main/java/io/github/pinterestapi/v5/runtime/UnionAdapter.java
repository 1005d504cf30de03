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

/**
 * Decodes a {@link OneOf} interface or an {@link AnyOf} {@link UnionValue} from its object's
 * bytes, without a JSON tree.
 *
 * <p>Every look reads the object's bytes on a reader of its own, never the stream: where a body
 * held in memory lends them ({@link PinterestMoshi#decode}, as the client's converter does) they
 * are read where they lie and the stream's reader then skips the object; otherwise they are
 * copied once ({@link UnionBytes}). A labelled object (its label found by {@link UnionLabel}) is
 * first decoded as its label's alternative: when that decodes and drops no key at any depth, the
 * rules below would pick it anyway, so it is the answer. That is one decode and no key
 * bookkeeping for the usual response. Otherwise the full judgement follows.
 *
 * <p>The full judgement reads the object's keys (and discriminator label) and ranks each
 * alternative by {@link UnionFit}: first those that keep every key, then those whose required
 * properties are all present, then by how many keys they know. When one alternative alone keeps
 * every top-level key it is decoded, as is the labelled one when it holds the whole object. When
 * several keep every top-level key, the object's nested keys are read too ({@link JsonShape}) and
 * the same tests are applied at every depth ({@link NestedFit}: keeping every key first, then the
 * label, then required properties), so a label never wins by dropping nested data, and never
 * loses to a better-filled stranger. Tied alternatives are tried in rank order and the first that
 * decodes is kept; a fallback never drops keys that a better-ranked alternative would keep. No
 * JSON tree is built, so numbers are never narrowed: one out of its type's range fails to decode.
 * Encoding writes the held value with its own adapter.
 */
final class UnionAdapter extends JsonAdapter<Object> {
  /** Far more than Pinterest's unions nest (a few levels), far less than a thread's stack holds. */
  static final int MAX_NESTING = 64;
  /**
   * Alternatives tried for one outermost union object, nested unions included. A failure deep in
   * nested unions is retried by every level's other alternatives, so the tries multiply with the
   * depth; this keeps the work linear in the object's size whatever the schema. A page's union
   * object takes one try, or a few.
   */
  static final int MAX_TRIES = 1000;
  // [0]: how deep in unions this thread is; [1]: tries since the outermost one began.
  private static final ThreadLocal<int[]> NESTING = new ThreadLocal<int[]>() {
    @Override
    protected int[] initialValue() {
      return new int[2];
    }
  };

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
    // Each union reads its object on readers of its own, which count nesting from zero, so the
    // reader's own limit cannot bound unions nested in unions: this does, whatever the schema.
    int[] nesting = NESTING.get();
    if (nesting[0] >= MAX_NESTING) {
      throw BeyondLimits.failure("Unions nested deeper than " + MAX_NESTING + " at path "
          + reader.getPath());
    }
    if (nesting[0] == 0) {
      nesting[1] = 0;
    }
    nesting[0]++;
    try {
      return decodeObject(reader);
    } finally {
      nesting[0]--;
    }
  }

  private Object decodeObject(JsonReader reader) throws IOException {
    // A body held in memory lends its bytes: the object is judged where it lies, and the reader
    // then skips it.
    LentBody lent = LentBody.to(reader);
    int start = lent == null ? -1 : lent.objectStart();
    if (start >= 0) {
      // Until the object is known to end, it is seen as running to the end of the body: the
      // labelled alternative reads it and stops at its end, which saves looking for it.
      Seen seen = new Seen(reader, false, lent.bytes, start, lent.end);
      Object kept = decodeLabelledKeepingEverything(seen);
      if (kept != null) {
        lent.skipObject(reader, start, seen.decodedEnd);
        return wrap(kept);
      }
      int end = UnionLabel.valueEnd(lent.bytes, lent.end, start);
      if (end > start) {
        Object value = wrap(choose(seen.endingAt(end)));
        lent.skipObject(reader, start, end);
        return value;
      }
    }
    // Otherwise the object is judged on its own copy. A look-ahead reader would first share
    // every segment its source has buffered, which for a page read from memory is the rest of
    // the page, and leave those segments shared, so never recycled.
    UnionBytes copy = UnionBytes.enter();
    try {
      int length = copy.read(reader.nextSource());
      Seen seen = new Seen(reader, true, copy.bytes(), 0, length);
      Object kept = decodeLabelledKeepingEverything(seen);
      return wrap(kept != null ? kept : choose(seen));
    } finally {
      copy.exit();
    }
  }

  private Object choose(Seen seen) throws IOException {
    UnionKeys keys;
    LentBody look = seen.source();
    try {
      keys = UnionKeys.read(seen.reader(look), keyTable);
    } finally {
      look.end();
    }
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
      return decodeNested(seen, ranked, keepers, labelled);
    }
    // The label decides when its alternative holds the whole object. A label whose alternative
    // would drop keys or lacks required ones is outvoted by the keys: that keeps the data.
    if (labelledFit != null && labelledFit.isExact()) {
      return decode(labelled, seen);
    }
    if (ranked.size() == 1 || ranked.get(0).beats(ranked.get(1))) {
      return decode(ranked.get(0).alternative(), seen);
    }
    List<Class<?>> order = new ArrayList<>();
    for (UnionFit fit : ranked) {
      order.add(fit.alternative());
    }
    return decodeFirstThatFits(seen, order);
  }

  /**
   * The common case, decoded without judging: the object names its alternative and that
   * alternative keeps every key at every depth. Whatever else would fit, the rules below pick a
   * labelled alternative that drops nothing, so it is decoded and kept if it decodes and nothing
   * was dropped ({@link DroppedKeys}), and where the object ends is noted in {@code seen}.
   * Otherwise (or for a union without a discriminator) returns null, for the full judgement.
   */
  private Object decodeLabelledKeepingEverything(Seen seen) throws IOException {
    int index = label == null ? UnionLabel.NONE : label.find(seen.object, seen.from, seen.to);
    if (index == UnionLabel.NONE) {
      return null;
    }
    countTry(seen);
    LentBody lent = seen.source();
    JsonReader reader = lent.lendTo(seen.reader(lent));
    int dropped = DroppedKeys.count();
    try {
      Object value = adapterOf(ownLabelTypes[index]).fromJson(reader);
      // The alternative read the object to its closing brace, and no further.
      int end = lent.position();
      if (value == null || DroppedKeys.count() != dropped || seen.object[end - 1] != '}') {
        return null;
      }
      seen.decodedEnd = end;
      return value;
    } catch (JsonDataException e) {
      BeyondLimits.rethrow(e);
      return null;
    } catch (IOException e) {
      // Malformed bytes: the full judgement meets them again and reports them as it does.
      return null;
    } finally {
      lent.end();
    }
  }

  /**
   * Several alternatives keep every top-level key: judges them by their nested objects too, and
   * decodes the best. When it fails to decode the next is tried, among those that keep every key
   * at every depth (or, if none does, among all): falling back further would drop data.
   */
  private Object decodeNested(Seen seen, List<UnionFit> ranked, List<Class<?>> keepers,
      final Class<?> labelled) throws IOException {
    JsonShape shape;
    LentBody look = seen.source();
    try {
      shape = JsonShape.read(seen.reader(look));
    } finally {
      look.end();
    }
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
    return order.size() == 1 ? decode(order.get(0), seen) : decodeFirstThatFits(seen, order);
  }

  /** Tries each alternative in turn and keeps the first that decodes. */
  private Object decodeFirstThatFits(Seen seen, List<Class<?>> order) throws IOException {
    JsonDataException first = null;
    for (Class<?> alternative : order) {
      try {
        return decode(alternative, seen);
      } catch (JsonDataException e) {
        BeyondLimits.rethrow(e);
        if (first == null) {
          first = e;
        }
      }
    }
    throw new JsonDataException("No alternative of " + type.getSimpleName() + " fits the object at "
        + seen.path() + " (tried " + order.size() + ")", first);
  }

  /** Decodes the object as {@code alternative}, from a reader of its own that is lent its bytes. */
  private Object decode(Class<?> alternative, Seen seen) throws IOException {
    countTry(seen);
    LentBody lent = seen.source();
    JsonReader reader = lent.lendTo(seen.reader(lent));
    try {
      return adapterOf(alternative).fromJson(reader);
    } catch (JsonDataException e) {
      BeyondLimits.rethrow(e);
      throw new JsonDataException(e.getMessage() + " (as " + alternative.getSimpleName() + " at "
          + seen.path() + ")", e);
    } finally {
      lent.end();
    }
  }

  private static void countTry(Seen seen) {
    if (++NESTING.get()[1] > MAX_TRIES) {
      throw BeyondLimits.failure("More than " + MAX_TRIES
          + " union alternatives tried for the object at path " + seen.path());
    }
  }

  /**
   * The mark of a failure past {@link #MAX_NESTING} or {@link #MAX_TRIES} (the cause of its
   * {@code JsonDataException}): final, never retried with another alternative, since every
   * alternative would meet it again.
   */
  static final class BeyondLimits extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private BeyondLimits() {
      super(null, null, false, false);
    }

    static JsonDataException failure(String message) {
      return new JsonDataException(message, new BeyondLimits());
    }

    /**
     * Throws {@code e} again if it is such a failure, or wraps one: a model names the property a
     * failure happened in by wrapping it, and that must not make it retryable.
     */
    static void rethrow(JsonDataException e) {
      Throwable cause = e.getCause();
      for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
        if (cause instanceof BeyondLimits) {
          throw e;
        }
      }
    }
  }

  /**
   * A union's object as it was seen: its bytes, {@code object[from..to)}, which every look reads
   * on a reader of its own, and the reader it came from. That reader's path names the object in
   * error messages, worked out only when one is thrown; a reader that has moved past the object
   * (it was copied out) has, for an array element, also moved its index, which is restored.
   */
  private static final class Seen {
    final byte[] object;
    final int from;
    final int to;
    private final JsonReader reader;
    private final boolean moved;
    /** Where the object ends, once its labelled alternative has read it. */
    int decodedEnd;

    Seen(JsonReader reader, boolean moved, byte[] object, int from, int to) {
      this.reader = reader;
      this.moved = moved;
      this.object = object;
      this.from = from;
      this.to = to;
    }

    /** The same object, known to end at {@code end}. */
    Seen endingAt(int end) {
      return new Seen(reader, moved, object, from, end);
    }

    /** The object's bytes, to be read again; {@code end()} it when done. */
    LentBody source() {
      return new LentBody(object, from, to);
    }

    /** A reader of {@code source} as lenient as the one the object came from. */
    JsonReader reader(LentBody source) {
      JsonReader own = JsonReader.of(source.buffered());
      own.setLenient(reader.isLenient());
      own.setFailOnUnknown(reader.failOnUnknown());
      return own;
    }

    String path() {
      String path = reader.getPath();
      int open = path.lastIndexOf('[');
      if (!moved || !path.endsWith("]") || open < 0) {
        return path;
      }
      try {
        int index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
        return path.substring(0, open + 1) + (index - 1) + "]";
      } catch (NumberFormatException e) {
        return path;
      }
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
