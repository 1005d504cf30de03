package io.github.pinterestapi.errors;

import io.github.pinterestapi.extras.http.Cancellation;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.v5.model.BulkReportingJobStatus;
import io.github.pinterestapi.extras.reports.ReadyReport;

/**
 * An async report reached a final status other than {@code FINISHED}, so there is nothing to
 * download. Subclasses name each status; catch this type for all of them.
 *
 * <pre>{@code
 * try {
 *   ReadyReport report = reports.run(adAccountId, request, Cancellation.NONE);
 * } catch (ReportExpiredException | ReportNotFoundException e) {
 *   // the token is stale: create the report again
 * } catch (ReportUnavailableException e) {
 *   log.error("report {} ended {}", e.token(), e.status());
 * }
 * }</pre>
 */
public class ReportUnavailableException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final String adAccountId;
  private final String token;
  private final transient BulkReportingJobStatus status;

  /** @param advice what the caller can do about it, one sentence */
  public ReportUnavailableException(
      String adAccountId, String token, BulkReportingJobStatus status, String advice) {
    super("analytics/get_report", "Report " + token + " of ad account " + adAccountId
        + " ended with status " + status + ": " + advice, null);
    this.adAccountId = adAccountId;
    this.token = token;
    this.status = status;
  }

  public String adAccountId() {
    return adAccountId;
  }

  /** The report token returned when it was created. */
  public String token() {
    return token;
  }

  /** The final status Pinterest gave. */
  public BulkReportingJobStatus status() {
    return status;
  }
}
