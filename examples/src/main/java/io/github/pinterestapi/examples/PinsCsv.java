package io.github.pinterestapi.examples;

import io.github.pinterestapi.extras.reports.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the CSV that {@link BulkPinImport} takes: a header row, then one Pin per row. Columns
 * {@code key}, {@code title} and {@code image_url} are required; {@code description},
 * {@code link} and {@code alt_text} may be left out. Parsed with the library's RFC 4180 parser,
 * so quoted fields may hold commas, quotes and line breaks.
 *
 * <pre>{@code
 * List<PinsCsv.Row> rows = PinsCsv.read(Files.newBufferedReader(Paths.get("pins.csv")));
 * }</pre>
 */
public final class PinsCsv {
  /** One Pin to create; {@code key} names it across runs (a SKU, say). */
  public record Row(String key, String title, String description, String link, String imageUrl,
      String altText) {}

  private PinsCsv() {}

  public static List<Row> read(Reader reader) {
    try {
      CsvParser csv = new CsvParser(reader);
      List<String> header = csv.next();
      if (header == null) {
        throw new IllegalArgumentException("The CSV is empty; it needs a header row");
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
      }
      for (String required : List.of("key", "title", "image_url")) {
        if (!columns.containsKey(required)) {
          throw new IllegalArgumentException("The CSV has no " + required + " column");
        }
      }
      List<Row> rows = new ArrayList<>();
      for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
        rows.add(new Row(field(fields, columns, "key"), field(fields, columns, "title"),
            field(fields, columns, "description"), field(fields, columns, "link"),
            field(fields, columns, "image_url"), field(fields, columns, "alt_text")));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the CSV", e);
    }
  }

  /** The named field, or null when the column is absent or the cell is empty. */
  private static String field(List<String> fields, Map<String, Integer> columns, String name) {
    Integer at = columns.get(name);
    String value = at == null || at >= fields.size() ? null : fields.get(at).trim();
    return value == null || value.isEmpty() ? null : value;
  }
}
