package io.github.pinterestapi.errors;

import io.github.pinterestapi.errors.PinterestException;

/**
 * A downloaded report could not be read as CSV or JSON: an unterminated quote, a row with the
 * wrong number of columns, or JSON of an unexpected shape. Rows read before it stay valid.
 *
 * <pre>{@code
 * } catch (ReportFormatException e) {
 *   log.error("report unreadable at record {}: {}", e.record(), e.getMessage());
 * }
 * }</pre>
 */
public class ReportFormatException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final long record;

  /** @param record the 1-based record (CSV) or row (JSON) where reading failed */
  public ReportFormatException(long record, String message, Throwable cause) {
    super(null, "Cannot read report at record " + record + ": " + message, cause);
    this.record = record;
  }

  /** The 1-based record (CSV, header included) or row (JSON) where reading failed. */
  public long record() {
    return record;
  }
}
