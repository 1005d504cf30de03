package io.github.pinterestapi.errors;

import io.github.pinterestapi.v5.model.BulkReportingJobStatus;

/**
 * Pinterest knows no report with this token for this ad account ({@code DOES_NOT_EXIST}): a
 * wrong token or account, or one long gone.
 *
 * <pre>{@code
 * } catch (ReportNotFoundException e) {
 *   log.warn("report {}: {}", e.token(), e.getMessage());
 * }
 * }</pre>
 */
public class ReportNotFoundException extends ReportUnavailableException {
  private static final long serialVersionUID = 1L;

  public ReportNotFoundException(String adAccountId, String token) {
    super(adAccountId, token, BulkReportingJobStatus.DOES_NOT_EXIST,
        "Pinterest knows no report with this token for this ad account; check both, or"
            + " create the report again.");
  }
}
