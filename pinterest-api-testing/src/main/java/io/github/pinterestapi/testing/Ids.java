package io.github.pinterestapi.testing;

import java.util.EnumMap;
import java.util.Map;

/**
 * Deterministic ids: numeric strings like Pinterest's, counting up from a base per kind, so a
 * test sees the same ids on every run and lists sort in creation order.
 */
final class Ids {
  enum Kind {
    USER(500_000_000_000_000L),
    BOARD(100_000_000_000_000L),
    SECTION(200_000_000_000_000L),
    PIN(300_000_000_000_000L),
    MEDIA(400_000_000_000_000L),
    AD_ACCOUNT(549_755_813_888L),
    REPORT(700_000_000_000_000L),
    TOKEN(0L),
    REQUEST(0L);

    final long base;

    Kind(long base) {
      this.base = base;
    }
  }

  private final Map<Kind, Long> issued = new EnumMap<>(Kind.class);

  synchronized String next(Kind kind) {
    long count = issued.getOrDefault(kind, 0L) + 1;
    issued.put(kind, count);
    return Long.toString(kind.base + count);
  }

  synchronized void reset() {
    issued.clear();
  }
}
