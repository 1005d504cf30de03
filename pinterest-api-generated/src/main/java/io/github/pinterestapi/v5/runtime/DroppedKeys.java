package io.github.pinterestapi.v5.runtime;

/**
 * Counts, per thread, the object members that decoding skipped because the model neither names
 * them nor keeps other properties. A union reads this count before and after decoding its labelled
 * alternative: an unchanged count means nothing was dropped at any depth, so the label's choice
 * keeps all the data and the object needs no further judging.
 */
final class DroppedKeys {
  // An int[1] rather than an Integer: counting a drop must not allocate.
  private static final ThreadLocal<int[]> COUNT = new ThreadLocal<int[]>() {
    @Override
    protected int[] initialValue() {
      return new int[1];
    }
  };

  private DroppedKeys() {
  }

  /** Records one skipped member. */
  static void add() {
    COUNT.get()[0]++;
  }

  /** How many members this thread has skipped: only a difference between two reads counts. */
  static int count() {
    return COUNT.get()[0];
  }
}
