package io.github.pinterestapi.v5.runtime;

import java.util.Map;

/**
 * How well a type fits a JSON value at every depth: the keys it would drop (in nested objects,
 * arrays of objects and nested unions too), the required properties missing, and a score.
 *
 * <p>The same three tests as {@link UnionFit}, summed over the whole {@link JsonShape}: a key the
 * type neither knows nor is open to is dropped; an object where a model expects a scalar can't be
 * held and counts as dropped; a union fits as well as its best alternative. The nested types
 * come from {@link SchemaProperties#types()}. Each (object, type) pair is judged once, so the work
 * is linear in the shape times the types that can meet it, and recursion stops at
 * {@link JsonShape#MAX_DEPTH}.
 */
final class NestedFit {
  private static final NestedFit NONE = new NestedFit(0, 0, 0);
  private static final NestedFit UNHELD = new NestedFit(1, 0, -1);
  private static final int MAX_DEPTH = 2 * JsonShape.MAX_DEPTH;

  private final int dropped;
  private final int missing;
  private final int score;

  private NestedFit(int dropped, int missing, int score) {
    this.dropped = dropped;
    this.missing = missing;
    this.score = score;
  }

  static NestedFit of(Class<?> type, JsonShape shape) {
    return fit(type, shape, 0);
  }

  /** Whether every key, at every depth, would be kept. */
  boolean keepsEveryKey() {
    return dropped == 0;
  }

  /** Whether every required property, at every depth, is present. */
  boolean complete() {
    return missing == 0;
  }

  /** Keeps every key first, then has every required property, then knows more keys. */
  static int compare(NestedFit a, NestedFit b) {
    int tiers = compareTiers(a, b);
    return tiers != 0 ? tiers : compareScores(a, b);
  }

  /** Keeps every key first, then has every required property. */
  static int compareTiers(NestedFit a, NestedFit b) {
    if (a.keepsEveryKey() != b.keepsEveryKey()) {
      return a.keepsEveryKey() ? -1 : 1;
    }
    return a.complete() == b.complete() ? 0 : a.complete() ? -1 : 1;
  }

  /** Knows more keys first. */
  static int compareScores(NestedFit a, NestedFit b) {
    return Integer.compare(b.score, a.score);
  }

  private static NestedFit fit(Class<?> type, JsonShape shape, int depth) {
    boolean structural = UnionFit.isStructural(type);
    if (!structural || depth > MAX_DEPTH || shape.isUnknown()) {
      return NONE;
    }
    if (shape.items != null) {
      NestedFit sum = NONE;
      for (JsonShape item : shape.items) {
        sum = sum.plus(fit(type, item, depth + 1));
      }
      return sum;
    }
    Class<?>[] alternatives = UnionFit.nestedAlternatives(type);
    if (shape.isScalar()) {
      return alternatives == null ? UNHELD : best(alternatives, shape, depth);
    }
    NestedFit fit = shape.judged(type);
    if (fit == null) {
      fit = alternatives != null ? best(alternatives, shape, depth) : model(type, shape, depth);
      shape.judged(type, fit);
    }
    return fit;
  }

  private static NestedFit best(Class<?>[] alternatives, JsonShape shape, int depth) {
    NestedFit best = null;
    for (Class<?> alternative : alternatives) {
      NestedFit fit = fit(alternative, shape, depth + 1);
      if (best == null || compare(fit, best) < 0) {
        best = fit;
      }
    }
    return best == null ? NONE : best;
  }

  private static NestedFit model(Class<?> type, JsonShape shape, int depth) {
    UnionFit.Shape model = UnionFit.shape(type);
    NestedFit sum = NONE;
    int dropped = 0;
    int score = 0;
    for (Map.Entry<String, JsonShape> member : shape.members.entrySet()) {
      Class<?> nested = model.types.get(member.getKey());
      if (nested != null) {
        score += 2;
        sum = sum.plus(fit(nested, member.getValue(), depth + 1));
      } else if (!model.open) {
        dropped++;
        score--;
      }
    }
    int missing = 0;
    for (String required : model.required) {
      missing += shape.members.containsKey(required) ? 0 : 1;
    }
    return sum.plus(new NestedFit(dropped, missing, score));
  }

  private NestedFit plus(NestedFit other) {
    return other == NONE ? this : this == NONE ? other
        : new NestedFit(dropped + other.dropped, missing + other.missing, score + other.score);
  }
}
