package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/**
 * JSON bytes held in memory, {@code bytes[from..end)}, as the source of one reader, and lent to the
 * unions that reader meets ({@link PinterestMoshi#decode}): a union finds its object's bytes
 * where they lie, instead of copying them out of the reader, then moves the reader past them.
 *
 * <p>The source knows how far it has been read, so where the reader stands in the array is known:
 * what the source has handed out less what its buffer still holds. It hands out a segment at a
 * time, from Okio's pool, so nothing is copied beyond what the reader holds at once. A union given
 * any reader but the lent one (a caller's own, one made by a caller's adapter) copies its object;
 * so does one whose reader is not just past an object's {@code '{'}, or whose object does not end.
 * A union lends its own object's bytes the same way to each reader it decodes an alternative
 * with, so nested unions read in place too.
 *
 * <pre>{@code
 * LentBody body = new LentBody(bytes, 0, bytes.length);
 * JsonReader reader = body.lendTo(JsonReader.of(body.buffered()));
 * try {
 *   value = adapter.fromJson(reader);
 * } finally {
 *   body.end();
 * }
 * }</pre>
 */
final class LentBody implements Source {
  // One slot per thread, set and cleared in place: a ThreadLocal set and removed for every union
  // would churn the thread's map, whose lookups then slow down.
  private static final ThreadLocal<LentBody[]> CURRENT = new ThreadLocal<LentBody[]>() {
    @Override
    protected LentBody[] initialValue() {
      return new LentBody[1];
    }
  };
  private static final int CHUNK = 8192;

  final byte[] bytes;
  /** Where the bytes this source reads end. */
  final int end;
  private final BufferedSource buffered;
  /** Where the next byte handed to the buffer comes from. */
  private int handedOut;
  private JsonReader reader;
  private LentBody previous;

  LentBody(byte[] bytes, int from, int end) {
    this.bytes = bytes;
    this.handedOut = from;
    this.end = end;
    this.buffered = Okio.buffer(this);
  }

  /** What a reader reads; read it alone, not this. */
  BufferedSource buffered() {
    return buffered;
  }

  /** Lends these bytes to the unions {@code reader} meets on this thread until {@link #end()}. */
  JsonReader lendTo(JsonReader reader) {
    LentBody[] slot = CURRENT.get();
    this.reader = reader;
    this.previous = slot[0];
    slot[0] = this;
    return reader;
  }

  /** Ends the lending, if {@link #lendTo} began one, and frees the buffer. */
  void end() {
    if (reader != null) {
      CURRENT.get()[0] = previous;
    }
    buffered.getBuffer().clear();
  }

  /** Whether this thread has bytes lent, to any reader. */
  static boolean lending() {
    return CURRENT.get()[0] != null;
  }

  /** The bytes lent to {@code reader} on this thread, or null. */
  static LentBody to(JsonReader reader) {
    LentBody lent = CURRENT.get()[0];
    return lent != null && lent.reader == reader ? lent : null;
  }

  /** Where, in the array, the reader's next byte is. */
  int position() {
    return (int) (handedOut - buffered.getBuffer().size());
  }

  /**
   * Where the object starts whose {@code '{'} the reader has just consumed (it has peeked
   * {@code BEGIN_OBJECT} and read nothing further), or -1 if the bytes say otherwise.
   */
  int objectStart() {
    int at = position();
    return at >= 1 && at <= end && bytes[at - 1] == '{' ? at - 1 : -1;
  }

  /** Moves the reader past the object in {@code bytes[start..objectEnd)}, as if it had read it. */
  void skipObject(JsonReader reader, int start, int objectEnd) throws IOException {
    if (position() != start + 1) {
      throw new IllegalStateException("the reader moved while its union was decoded");
    }
    reader.beginObject();
    buffered.skip(objectEnd - 1 - (start + 1)); // up to the closing brace, which the reader reads
    reader.endObject();
  }

  @Override
  public long read(Buffer sink, long byteCount) {
    if (handedOut == end) {
      return -1;
    }
    int count = (int) Math.min(Math.min(byteCount, CHUNK), end - handedOut);
    sink.write(bytes, handedOut, count);
    handedOut += count;
    return count;
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE;
  }

  @Override
  public void close() {
  }
}
