package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of one JSON object that a union is about to decode, and its discriminator label, read
 * on a reader of the object's bytes. Every name the union's alternatives know (nested unions' too)
 * is matched against the reader's bytes and kept as a bit, so reading the keys of the union's
 * object costs no {@code String} per key, and an alternative's fit is a few mask operations; only
 * names no alternative knows are read as strings.
 */
final class UnionKeys {
  /** The names of one union's alternatives, and each alternative's masks over them. */
  static final class Table {
    private final String[] names;
    private final JsonReader.Options options;
    private final int discriminator;
    private final String[] labels;
    private final JsonReader.Options labelOptions;
    private final Map<Class<?>, Masks> masks = new ConcurrentHashMap<>();

    Table(List<Class<?>> alternatives, String discriminator, Set<String> labels) {
      Set<String> all = new LinkedHashSet<>();
      collect(alternatives.toArray(new Class<?>[0]), all, 0);
      if (discriminator != null && !discriminator.isEmpty()) {
        all.add(discriminator);
      }
      this.names = all.toArray(new String[0]);
      this.options = JsonReader.Options.of(names);
      this.discriminator = discriminator == null ? -1 : Arrays.asList(names).indexOf(discriminator);
      this.labels = labels.toArray(new String[0]);
      this.labelOptions = JsonReader.Options.of(this.labels);
    }

    private static void collect(Class<?>[] types, Set<String> into, int depth) {
      for (Class<?> type : types) {
        Class<?>[] nested = UnionFit.nestedAlternatives(type);
        if (nested != null) {
          if (depth < UnionFit.MAX_DEPTH) {
            collect(nested, into, depth + 1);
          }
        } else {
          into.addAll(UnionFit.shape(type).names);
        }
      }
    }

    /** {@code type}'s known and required names as masks over this table. */
    Masks masks(Class<?> type) {
      Masks found = masks.get(type);
      if (found == null) {
        UnionFit.Shape shape = UnionFit.shape(type);
        long[] known = new long[words()];
        long[] required = new long[words()];
        boolean requiresOther = false;
        for (int i = 0; i < names.length; i++) {
          if (shape.names.contains(names[i])) {
            known[i >>> 6] |= 1L << i;
          }
          if (shape.required.contains(names[i])) {
            required[i >>> 6] |= 1L << i;
          }
        }
        for (String name : shape.required) {
          requiresOther |= !Arrays.asList(names).contains(name);
        }
        found = new Masks(known, required, shape.open, requiresOther);
        masks.put(type, found);
      }
      return found;
    }

    private int words() {
      return (names.length + 63) >>> 6;
    }
  }

  /** One alternative's names over a {@link Table}. */
  static final class Masks {
    final long[] known;
    final long[] required;
    final boolean open;
    /** It requires a name no alternative lists as a property: it can never be complete. */
    final boolean requiresOther;

    Masks(long[] known, long[] required, boolean open, boolean requiresOther) {
      this.known = known;
      this.required = required;
      this.open = open;
      this.requiresOther = requiresOther;
    }
  }

  private final long[] present;
  private List<String> others;
  private String label;

  private UnionKeys(int words) {
    present = new long[words];
  }

  /** Reads the object's keys from a reader of its own, skipping values, and closes it. */
  static UnionKeys read(JsonReader ahead, Table table) throws IOException {
    UnionKeys keys = new UnionKeys(table.words());
    try {
      ahead.beginObject();
      while (ahead.hasNext()) {
        int index = ahead.selectName(table.options);
        String other = index < 0 ? ahead.nextName() : null;
        JsonReader.Token token = ahead.peek();
        // A null member reads as absent, as the models decode it: otherwise the same value
        // would be judged differently before and after a round trip, which drops the null.
        if (token != JsonReader.Token.NULL) {
          if (index >= 0) {
            keys.present[index >>> 6] |= 1L << index;
          } else {
            keys.addOther(other);
          }
        }
        if (index >= 0 && index == table.discriminator && token == JsonReader.Token.STRING) {
          int label = ahead.selectString(table.labelOptions);
          if (label >= 0) {
            keys.label = table.labels[label];
          } else {
            ahead.skipValue();
          }
        } else {
          ahead.skipValue();
        }
      }
      return keys;
    } finally {
      ahead.close();
    }
  }

  private void addOther(String name) {
    if (others == null) {
      others = new ArrayList<>(2);
    }
    if (!others.contains(name)) {
      others.add(name);
    }
  }

  /** The label, if the object has one that names a mapped alternative; else null. */
  String label() {
    return label;
  }

  /** How many keys the object has that {@code masks} knows. */
  int knownBy(Masks masks) {
    int count = 0;
    for (int i = 0; i < present.length; i++) {
      count += Long.bitCount(present[i] & masks.known[i]);
    }
    return count;
  }

  /** How many keys the object has. */
  int size() {
    int count = others == null ? 0 : others.size();
    for (long word : present) {
      count += Long.bitCount(word);
    }
    return count;
  }

  /** Whether every property {@code masks} requires is present. */
  boolean hasAll(Masks masks) {
    if (masks.requiresOther) {
      return false;
    }
    for (int i = 0; i < present.length; i++) {
      if ((masks.required[i] & ~present[i]) != 0) {
        return false;
      }
    }
    return true;
  }
}
