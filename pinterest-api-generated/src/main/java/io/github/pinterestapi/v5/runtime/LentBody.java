package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonReader;
import java.io.IOException;

/**
 * A JSON body held whole in memory, lent to the unions that one reader decodes from it
 * ({@link JsonBodies}): a union finds its object's bytes where they lie, instead of copying them
 * out of the reader, and then moves the reader past them.
 *
 * <p>That works because the reader reads a {@link BytesSource}, which knows where in the array
 * the reader stands. The lending names its reader, and a union given any other reader (a
 * look-ahead reader, a caller's own) copies its object as before; so does one whose reader is not
 * just past an object's {@code '{'}, or whose object does not end. A union lends its own object's
 * bytes the same way to each reader it decodes an alternative with, so nested unions read in
 * place too.
 *
 * <pre>{@code
 * BytesSource source = new BytesSource(bytes, 0, bytes.length);
 * JsonReader reader = JsonReader.of(source.buffered());
 * LentBody lent = LentBody.lend(bytes, bytes.length, source, reader);
 * try {
 *   value = adapter.fromJson(reader);
 * } finally {
 *   lent.end();
 * }
 * }</pre>
 */
final class LentBody {
  private static final ThreadLocal<LentBody> CURRENT = new ThreadLocal<>();

  final byte[] bytes;
  /** Where, in {@link #bytes}, what the source reads ends. */
  final int end;
  private final BytesSource source;
  private final JsonReader reader;
  private final LentBody previous;

  private LentBody(byte[] bytes, int end, BytesSource source, JsonReader reader,
      LentBody previous) {
    this.bytes = bytes;
    this.end = end;
    this.source = source;
    this.reader = reader;
    this.previous = previous;
  }

  /**
   * Lends {@code bytes} up to {@code end}, which {@code reader} alone reads through
   * {@code source}, until {@link #end()}.
   */
  static LentBody lend(byte[] bytes, int end, BytesSource source, JsonReader reader) {
    LentBody lent = new LentBody(bytes, end, source, reader, CURRENT.get());
    CURRENT.set(lent);
    return lent;
  }

  void end() {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /** Whether this thread has bytes lent, to any reader. */
  static boolean lending() {
    return CURRENT.get() != null;
  }

  /** The bytes lent to {@code reader} on this thread, or null. */
  static LentBody to(JsonReader reader) {
    LentBody lent = CURRENT.get();
    return lent != null && lent.reader == reader ? lent : null;
  }

  /**
   * Where the object starts whose {@code '{'} the reader has just consumed (it has peeked
   * {@code BEGIN_OBJECT} and read nothing further), or -1 if the bytes say otherwise.
   */
  int objectStart() {
    long at = source.position();
    if (at < 1 || at > end || bytes[(int) at - 1] != '{') {
      return -1;
    }
    return (int) at - 1;
  }

  /** Moves the reader past the object in {@code bytes[start..objectEnd)}, as if it had read it. */
  void skipObject(JsonReader reader, int start, int objectEnd) throws IOException {
    if (source.position() != start + 1) {
      throw new IllegalStateException("the reader moved while its union was decoded");
    }
    reader.beginObject();
    // Up to the closing brace, which the reader reads.
    source.buffered().skip(objectEnd - 1 - (start + 1));
    reader.endObject();
  }
}
