package io.github.pinterestapi.errors;

import io.github.pinterestapi.v5.model.BulkReportingJobStatus;

/**
 * Pinterest could not build the report ({@code FAILED}). Creating it again with the same
 * request may fail again; check the request first.
 *
 * <pre>{@code
 * } catch (ReportFailedException e) {
 *   log.warn("report {}: {}", e.token(), e.getMessage());
 * }
 * }</pre>
 */
public class ReportFailedException extends ReportUnavailableException {
  private static final long serialVersionUID = 1L;

  public ReportFailedException(String adAccountId, String token) {
    super(adAccountId, token, BulkReportingJobStatus.FAILED,
        "Pinterest could not build the report; check the request (dates, columns, level)"
            + " before creating it again.");
  }
}
