package io.github.pinterestapi.errors;

import io.github.pinterestapi.v5.model.BulkReportingJobStatus;

/**
 * The report was cancelled before it finished ({@code CANCELLED}).
 *
 * <pre>{@code
 * } catch (ReportCancelledException e) {
 *   log.warn("report {}: {}", e.token(), e.getMessage());
 * }
 * }</pre>
 */
public class ReportCancelledException extends ReportUnavailableException {
  private static final long serialVersionUID = 1L;

  public ReportCancelledException(String adAccountId, String token) {
    super(adAccountId, token, BulkReportingJobStatus.CANCELLED,
        "the report was cancelled before it finished; create it again if it is still needed.");
  }
}
