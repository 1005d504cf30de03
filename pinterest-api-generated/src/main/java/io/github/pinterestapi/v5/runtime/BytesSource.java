package io.github.pinterestapi.v5.runtime;

import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/**
 * Part of a byte array as an Okio source that knows how far it has been read: a reader of it
 * stands at {@code position()}. Reading pulls a segment at a time, from Okio's pool, so reading a
 * body held in memory copies no more of it than the reader holds at once.
 *
 * <pre>{@code
 * BytesSource bytes = new BytesSource(body, 0, body.length);
 * JsonReader reader = JsonReader.of(bytes.buffered());
 * }</pre>
 */
final class BytesSource implements Source {
  private static final int CHUNK = 8192;

  private final byte[] bytes;
  private final int end;
  private final BufferedSource buffered;
  private int read;

  BytesSource(byte[] bytes, int from, int end) {
    this.bytes = bytes;
    this.read = from;
    this.end = end;
    this.buffered = Okio.buffer(this);
  }

  /** The buffered source to read from; read it alone, not this. */
  BufferedSource buffered() {
    return buffered;
  }

  /** Where, in the array, the next byte of {@link #buffered()} is. */
  long position() {
    return read - buffered.getBuffer().size();
  }

  @Override
  public long read(Buffer sink, long byteCount) {
    if (read == end) {
      return -1;
    }
    int count = (int) Math.min(Math.min(byteCount, CHUNK), end - read);
    sink.write(bytes, read, count);
    read += count;
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
