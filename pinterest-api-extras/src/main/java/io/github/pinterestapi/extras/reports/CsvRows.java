package io.github.pinterestapi.extras.reports;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.pinterestapi.errors.ReportFormatException;

/**
 * Turns CSV records into rows keyed by the header's column names, in column order.
 *
 * <pre>{@code
 * ReportRows<Map<String, String>> rows = CsvRows.of(reader, reader);
 * }</pre>
 */
final class CsvRows {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvRows() {}

  static ReportRows<Map<String, String>> of(Reader reader, java.io.Closeable resource) {
    return of(reader, resource, CsvParser.DEFAULT_MAX_RECORD_CHARS);
  }

  static ReportRows<Map<String, String>> of(
      Reader reader, java.io.Closeable resource, int maxRecordChars) {
    CsvParser csv = new CsvParser(reader, maxRecordChars);
    String[][] header = new String[1][];
    return new ReportRows<>(() -> {
      if (header[0] == null) {
        List<String> names = csv.next();
        if (names == null) {
          return null; // An empty file: no header, no rows.
        }
        String first = names.get(0);
        if (!first.isEmpty() && first.charAt(0) == BYTE_ORDER_MARK) {
          names.set(0, first.substring(1)); // Spreadsheet-friendly exports start with one.
        }
        header[0] = names.toArray(new String[0]);
      }
      List<String> fields;
      do {
        fields = csv.next();
      } while (fields != null && fields.size() == 1 && fields.get(0).isEmpty()); // blank lines
      return fields == null ? null : row(header[0], fields, csv.recordCount());
    }, resource);
  }

  private static Map<String, String> row(String[] header, List<String> fields, long record) {
    if (fields.size() != header.length) {
      // Guessing which column moved would put numbers under the wrong metric; refuse instead.
      throw new ReportFormatException(record, "expected " + header.length + " fields as in the"
          + " header, found " + fields.size(), null);
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      row.put(header[i], fields.get(i));
    }
    return row;
  }
}
