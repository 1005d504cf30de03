package io.github.pinterestapi.v5.runtime;

import java.io.IOException;
import java.util.Arrays;
import okio.BufferedSource;

/**
 * The bytes of the union objects a thread is decoding, one array per level of unions nested in
 * unions, reused from one object to the next: a page of pins copies every pin's media without an
 * array per pin.
 *
 * <pre>{@code
 * UnionBytes copy = UnionBytes.enter();
 * try {
 *   int length = copy.read(reader.nextSource());
 *   byte[] bytes = copy.bytes(); // valid until exit(), whatever nested unions do
 * } finally {
 *   copy.exit();
 * }
 * }</pre>
 */
final class UnionBytes {
  /** Arrays past this size serve one object and are not kept for the next. */
  private static final int KEPT = 16 * 1024;

  private static final ThreadLocal<UnionBytes> THREAD = new ThreadLocal<UnionBytes>() {
    @Override
    protected UnionBytes initialValue() {
      return new UnionBytes();
    }
  };

  private byte[][] levels = new byte[4][];
  private int depth;
  private int copies;

  private UnionBytes() {
  }

  /** This thread's copies, one level deeper; every call is paired with {@link #exit}. */
  static UnionBytes enter() {
    UnionBytes copies = THREAD.get();
    if (copies.depth == copies.levels.length) {
      copies.levels = Arrays.copyOf(copies.levels, copies.depth * 2);
    }
    copies.depth++;
    return copies;
  }

  /** Copies all of {@code source} into this level's array, and closes it; the length read. */
  int read(BufferedSource source) throws IOException {
    copies++;
    try {
      byte[] bytes = levels[depth - 1];
      if (bytes == null) {
        bytes = new byte[1024];
      }
      int length = 0;
      while (true) {
        if (length == bytes.length) {
          bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        int read = source.read(bytes, length, bytes.length - length);
        if (read == -1) {
          levels[depth - 1] = bytes;
          return length;
        }
        length += read;
      }
    } finally {
      source.close();
    }
  }

  /** How many objects this thread has copied: tests tell a lent body's decode by it. */
  static int copies() {
    return THREAD.get().copies;
  }

  /** This level's array, as {@link #read} left it. */
  byte[] bytes() {
    return levels[depth - 1];
  }

  /** Leaves this level, keeping its array for the next object unless it grew large. */
  void exit() {
    depth--;
    if (levels[depth] != null && levels[depth].length > KEPT) {
      levels[depth] = null;
    }
  }
}
