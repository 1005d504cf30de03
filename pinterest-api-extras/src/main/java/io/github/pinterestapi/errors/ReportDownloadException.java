package io.github.pinterestapi.errors;

import io.github.pinterestapi.extras.http.Cancellation;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.extras.reports.AsyncReports;

/**
 * Downloading a finished report from its {@code url} failed: the host refused (an expired link
 * answers 403), or the network broke. Download links last about five minutes; polling the report
 * again with {@link AsyncReports#await} gives a fresh one.
 *
 * <pre>{@code
 * } catch (ReportDownloadException e) {
 *   report = reports.await(adAccountId, report.token(), Cancellation.NONE); // a fresh link
 * }
 * }</pre>
 */
public class ReportDownloadException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;

  /** @param statusCode the download host's HTTP status, or 0 when no answer arrived */
  public ReportDownloadException(int statusCode, String detail, Throwable cause) {
    super(null, "Downloading the report failed: "
        + (statusCode == 0 ? "" : "HTTP " + statusCode + ", ") + detail, cause);
    this.statusCode = statusCode;
  }

  /** The download host's HTTP status, or 0 when the network failed before or during the body. */
  public int statusCode() {
    return statusCode;
  }
}
