package io.github.pinterestapi.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for terminal output: a header, a rule, one line per row. Columns whose
 * cells are all numbers are right-aligned; long cells are cut with an ellipsis.
 *
 * <pre>{@code
 * new Table("ID", "NAME", "PINS").row(board.getId(), board.getName(), board.getPinCount())
 *     .print(System.out);
 * }</pre>
 */
public final class Table {
  private static final int MAX_WIDTH = 48;

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    this.headers = List.of(headers);
  }

  /** Adds a row; {@code null} cells print as {@code -}. */
  public Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got "
          + Arrays.toString(cells));
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cut(cell == null ? "-" : String.valueOf(cell)));
    }
    rows.add(row);
    return this;
  }

  public int size() {
    return rows.size();
  }

  public void print(PrintStream out) {
    int[] widths = new int[headers.size()];
    boolean[] numeric = new boolean[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      numeric[c] = !rows.isEmpty();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
        numeric[c] &= isNumber(row.get(c));
      }
    }
    out.println(line(headers, widths, numeric));
    StringBuilder rule = new StringBuilder();
    for (int width : widths) {
      rule.append(rule.length() == 0 ? "" : "  ").append("-".repeat(width));
    }
    out.println(rule);
    for (List<String> row : rows) {
      out.println(line(row, widths, numeric));
    }
  }

  private static String line(List<String> cells, int[] widths, boolean[] numeric) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String format = "%" + (numeric[c] ? "" : "-") + widths[c] + "s";
      line.append(c == 0 ? "" : "  ").append(String.format(format, cells.get(c)));
    }
    return line.toString().stripTrailing();
  }

  private static String cut(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() <= MAX_WIDTH ? oneLine : oneLine.substring(0, MAX_WIDTH - 1) + "…";
  }

  private static boolean isNumber(String cell) {
    try {
      new BigDecimal(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
