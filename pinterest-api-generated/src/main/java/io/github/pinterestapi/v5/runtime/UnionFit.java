package io.github.pinterestapi.v5.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How well one alternative of a union fits a JSON object, judged by the object's keys alone.
 *
 * <p>Alternatives rank by three tests in turn. Whether it keeps every key of the object (knows it,
 * or is open to extra properties): decoding must not drop data. Whether it is <em>complete</em>,
 * with every property its schema requires present: an incomplete one re-encodes to JSON that
 * reads as another alternative. Then its score: the keys it knows (2 each) minus those it doesn't
 * (1 each; none for a schema open to extra properties). Both tests read the keys alone, and a
 * re-encoded value has the same keys, so a decoded union decodes again as the same alternative. A nested union fits as well as its
 * best alternative. The names come from {@link SchemaProperties}, so this works whatever adapter
 * decodes the model.
 */
final class UnionFit {
  static final int MAX_DEPTH = 8;
  private static final ConcurrentHashMap<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private final Class<?> alternative;
  private final boolean complete;
  private final int score;
  private final int unknown;

  private UnionFit(Class<?> alternative, boolean complete, int score, int unknown) {
    this.alternative = alternative;
    this.complete = complete;
    this.score = score;
    this.unknown = unknown;
  }

  /** Whether the alternative has every property it requires and would keep every key. */
  boolean isExact() {
    return complete && unknown == 0;
  }

  Class<?> alternative() {
    return alternative;
  }

  /** Whether it knows, or is open to, every top-level key. */
  boolean keepsEveryKey() {
    return unknown == 0;
  }

  /** Whether this fit is strictly better than {@code other}, so there is nothing to try. */
  boolean beats(UnionFit other) {
    return compare(this, other) < 0;
  }

  /** Keeps every key first, then has every required property, then knows more keys. */
  private static int compare(UnionFit a, UnionFit b) {
    if ((a.unknown == 0) != (b.unknown == 0)) {
      return a.unknown == 0 ? -1 : 1;
    }
    if (a.complete != b.complete) {
      return a.complete ? -1 : 1;
    }
    return b.score - a.score;
  }

  /**
   * The alternatives, best fit first. Among equal fits {@code preferred} (the one a discriminator
   * label names, or null) comes first, then the description's order.
   */
  static List<UnionFit> rank(List<Class<?>> alternatives, UnionKeys keys, UnionKeys.Table table,
      final Class<?> preferred) {
    List<UnionFit> fits = new ArrayList<>(alternatives.size());
    for (Class<?> alternative : alternatives) {
      UnionFit fit = fit(alternative, keys, table, 0);
      fits.add(new UnionFit(alternative, fit.complete, fit.score, fit.unknown));
    }
    Collections.sort(fits, new Comparator<UnionFit>() {
      @Override
      public int compare(UnionFit a, UnionFit b) {
        int order = UnionFit.compare(a, b);
        return order != 0 ? order
            : (b.alternative == preferred ? 1 : 0) - (a.alternative == preferred ? 1 : 0);
      }
    });
    return fits;
  }

  private static UnionFit fit(Class<?> alternative, UnionKeys keys, UnionKeys.Table table,
      int depth) {
    Class<?>[] nested = nestedAlternatives(alternative);
    if (nested != null && depth < MAX_DEPTH) {
      UnionFit best = null;
      for (Class<?> candidate : nested) {
        UnionFit fit = fit(candidate, keys, table, depth + 1);
        if (best == null || fit.beats(best)) {
          best = fit;
        }
      }
      return best == null ? new UnionFit(alternative, false, 0, 0) : best;
    }
    // Each key it knows scores 2, each it doesn't -1 (0 when it is open to extra properties).
    UnionKeys.Masks masks = table.masks(alternative);
    int known = keys.knownBy(masks);
    int unknown = masks.open ? 0 : keys.size() - known;
    return new UnionFit(alternative, keys.hasAll(masks), 2 * known - unknown, unknown);
  }

  /** Whether {@code type} is a generated model or union, whose keys a union can judge. */
  static boolean isStructural(Class<?> type) {
    return type.isAnnotationPresent(SchemaProperties.class) || nestedAlternatives(type) != null;
  }

  static Class<?>[] nestedAlternatives(Class<?> type) {
    OneOf oneOf = type.getAnnotation(OneOf.class);
    if (oneOf != null) {
      return oneOf.value();
    }
    AnyOf anyOf = type.getAnnotation(AnyOf.class);
    return anyOf == null ? null : anyOf.value();
  }

  static Shape shape(Class<?> type) {
    Shape shape = SHAPES.get(type);
    if (shape == null) {
      SchemaProperties properties = type.getAnnotation(SchemaProperties.class);
      shape = properties == null ? new Shape(new String[0], new String[0], true, new Class<?>[0])
          : new Shape(properties.names(), properties.required(), properties.open(),
              properties.types());
      SHAPES.put(type, shape);
    }
    return shape;
  }

  /** A model's property names, the required ones, and each one's nested model or union. */
  static final class Shape {
    final Set<String> names;
    final Set<String> required;
    final boolean open;
    /** Every name, to its nested model or union, or to {@code Object.class}. */
    final Map<String, Class<?>> types = new HashMap<>();

    Shape(String[] names, String[] required, boolean open, Class<?>[] types) {
      this.names = new HashSet<>(Arrays.asList(names));
      this.required = new HashSet<>(Arrays.asList(required));
      this.open = open;
      for (int i = 0; i < names.length; i++) {
        this.types.put(names[i], i < types.length ? types[i] : Object.class);
      }
    }
  }
}
