package io.github.pinterestapi.extras.reports;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import io.github.pinterestapi.errors.ReportDownloadException;
import io.github.pinterestapi.errors.ReportFormatException;

/**
 * The rows of a downloaded report, read lazily from the download as they are asked for. Close it
 * (try-with-resources) to release the connection early; it closes itself after the last row.
 *
 * <pre>{@code
 * try (ReportRows<Map<String, String>> rows = report.csvRows()) {
 *   while (rows.hasNext()) {
 *     Map<String, String> row = rows.next();
 *     total += Double.parseDouble(row.get("SPEND_IN_DOLLAR"));
 *   }
 * }
 * }</pre>
 *
 * <p>A network failure mid-way throws {@link ReportDownloadException}; damaged content throws
 * {@link ReportFormatException}. Not thread-safe.
 */
public final class ReportRows<T> implements Iterator<T>, Closeable {
  /** Reads the next row, or null at the end. */
  interface Source<T> {
    T read() throws IOException;
  }

  private final Source<T> source;
  private final Closeable resource;
  private T next;
  private boolean finished;

  ReportRows(Source<T> source, Closeable resource) {
    this.source = source;
    this.resource = resource;
  }

  @Override
  public boolean hasNext() {
    if (next != null || finished) {
      return next != null;
    }
    try {
      next = source.read();
    } catch (IOException e) {
      closeQuietly();
      throw new ReportDownloadException(0, "the download broke off while reading rows: " + e, e);
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    } catch (Error e) { // Typed for the caller, like every other failure of a report.
      closeQuietly();
      throw new ReportFormatException(0, "reading a row failed: " + e.getClass().getName(), e);
    }
    if (next == null) {
      close();
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T row = next;
    next = null;
    return row;
  }

  /** The remaining rows as a sequential stream; closing the stream closes these rows. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  @Override
  public void close() {
    finished = true;
    next = null;
    closeQuietly();
  }

  private void closeQuietly() {
    finished = true;
    try {
      resource.close();
    } catch (IOException ignored) {
      // Only the connection is released here; every row read so far was complete.
    }
  }
}
