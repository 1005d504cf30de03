package io.github.pinterestapi.errors;

import io.github.pinterestapi.v5.model.BulkReportingJobStatus;

/**
 * The report existed but Pinterest no longer keeps it ({@code EXPIRED}, after about an hour).
 * Create it again.
 *
 * <pre>{@code
 * } catch (ReportExpiredException e) {
 *   log.warn("report {}: {}", e.token(), e.getMessage());
 * }
 * }</pre>
 */
public class ReportExpiredException extends ReportUnavailableException {
  private static final long serialVersionUID = 1L;

  public ReportExpiredException(String adAccountId, String token) {
    super(adAccountId, token, BulkReportingJobStatus.EXPIRED,
        "the report is older than Pinterest keeps reports (about an hour); create it again.");
  }
}
