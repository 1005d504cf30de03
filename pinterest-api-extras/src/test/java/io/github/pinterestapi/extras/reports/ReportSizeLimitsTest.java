package io.github.pinterestapi.extras.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.ReportFormatException;

/**
 * One endless report field (a quote never closed, a JSON string that never ends) is a
 * {@link ReportFormatException}, not an {@code OutOfMemoryError}; the input is generated on the
 * fly, never held, so the test itself stays small.
 */
class ReportSizeLimitsTest {
  /** "a,b\n" then a first field of {@code size} 'x' characters, generated lazily. */
  private static Reader endlessCsvField(long size, boolean quoted) {
    String head = "a,b\n" + (quoted ? "\"" : "");
    return new Reader() {
      long sent;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (sent >= head.length() + size) {
          return -1;
        }
        int n = 0;
        while (n < length && sent < head.length() + size) {
          buffer[offset + n++] = sent < head.length() ? head.charAt((int) sent) : 'x';
          sent++;
        }
        return n;
      }

      @Override
      public void close() { }
    };
  }

  /** {@code [{"a":"xxxx…} with {@code size} x's, generated lazily. */
  private static BufferedSource endlessJsonString(long size) {
    byte[] head = "[{\"a\":\"".getBytes();
    return Okio.buffer(new Source() {
      long sent;

      @Override
      public long read(Buffer sink, long byteCount) {
        if (sent >= head.length + size) {
          return -1;
        }
        long n = Math.min(byteCount, 8192);
        for (long i = 0; i < n && sent < head.length + size; i++, sent++) {
          sink.writeByte(sent < head.length ? head[(int) sent] : 'x');
        }
        return n;
      }

      @Override
      public Timeout timeout() {
        return Timeout.NONE;
      }

      @Override
      public void close() { }
    });
  }

  @Test
  void aCsvFieldOverTheCapIsAFormatException() {
    ReportRows<Map<String, String>> rows = CsvRows.of(endlessCsvField(2_000_000, true), () -> { },
        1_000_000);
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> rows.forEachRemaining(r -> { }));
    assertTrue(e.getMessage().contains("1000000"), e.getMessage());
  }

  @Test
  void anUnquotedCsvFieldOverTheDefaultCapIsAFormatException() {
    CsvParser csv = new CsvParser(endlessCsvField(CsvParser.DEFAULT_MAX_RECORD_CHARS + 10L, false));
    assertThrows(ReportFormatException.class, () -> {
      while (csv.next() != null) {
        // Reads on.
      }
    });
  }

  @Test
  void aCsvRecordUnderTheCapIsRead() throws IOException {
    CsvParser csv = new CsvParser(endlessCsvField(5_000, false), 10_000);
    csv.next();
    assertEquals(5_000, csv.next().get(0).length());
  }

  @Test
  void aJsonFieldOverTheCapIsAFormatException() {
    ReportRows<Map<String, Object>> rows = JsonRows.of(endlessJsonString(3_000_000), () -> { },
        1_000_000);
    assertThrows(ReportFormatException.class, () -> rows.forEachRemaining(r -> { }));
  }

  @Test
  void aJsonFieldOverTheDefaultCapIsAFormatException() {
    ReportRows<Map<String, Object>> rows =
        JsonRows.of(endlessJsonString(JsonRows.DEFAULT_MAX_ROW_BYTES + 200_000), () -> { });
    assertThrows(ReportFormatException.class, () -> rows.forEachRemaining(r -> { }));
  }
}
