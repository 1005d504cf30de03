package io.github.pinterestapi.extras.reports;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.Cancellation;
import io.github.pinterestapi.errors.OperationCancelledException;
import io.github.pinterestapi.errors.PollTimeoutException;
import io.github.pinterestapi.extras.http.Poller;
import io.github.pinterestapi.extras.http.TokenFreeClient;
import io.github.pinterestapi.v5.model.AdsAnalyticsCreateAsyncRequest;
import io.github.pinterestapi.v5.model.AdsAnalyticsCreateAsyncResponse;
import io.github.pinterestapi.v5.model.AdsAnalyticsGetAsyncResponse;
import io.github.pinterestapi.v5.model.BulkReportingJobStatus;
import io.github.pinterestapi.v5.params.AnalyticsCreateReportParams;
import io.github.pinterestapi.v5.params.AnalyticsGetReportParams;
import java.time.Duration;
import okhttp3.OkHttpClient;
import io.github.pinterestapi.errors.ReportCancelledException;
import io.github.pinterestapi.errors.ReportExpiredException;
import io.github.pinterestapi.errors.ReportFailedException;
import io.github.pinterestapi.errors.ReportNotFoundException;
import io.github.pinterestapi.errors.ReportUnavailableException;

/**
 * Runs Pinterest's async ad-account reports: create one, poll it with backoff within a time
 * budget, and hand back a {@link ReadyReport} to download and read row by row. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * AsyncReports reports = AsyncReports.create(pinterest);
 * ReadyReport report = reports.run(adAccountId, new AdsAnalyticsCreateAsyncRequest()
 *     .startDate("2025-01-01").endDate("2025-01-31").granularity(Granularity.DAY)
 *     .level(MetricsReportingLevel.CAMPAIGN).columns(columns), Cancellation.NONE);
 * }</pre>
 *
 * <p>Every final status has one outcome: {@code FINISHED} returns the report; {@code FAILED},
 * {@code EXPIRED}, {@code CANCELLED} and {@code DOES_NOT_EXIST} throw {@link
 * ReportFailedException}, {@link ReportExpiredException}, {@link ReportCancelledException} and
 * {@link ReportNotFoundException}, all {@link ReportUnavailableException}s. {@code IN_PROGRESS}
 * and statuses Pinterest adds later keep the poll going until the budget ends in a {@link
 * PollTimeoutException}. Exceptions were chosen over an outcome type so that a caller cannot
 * forget a status: every failure is loud, and all share one catchable type.
 */
public final class AsyncReports {
  private static final Poller DEFAULT_POLLER = Poller.builder()
      .initialInterval(Duration.ofSeconds(5))
      .maxInterval(Duration.ofMinutes(1))
      .timeout(Duration.ofMinutes(30))
      .build();

  private final Pinterest pinterest;
  private final Poller poller;
  private final OkHttpClient download;

  private AsyncReports(Pinterest pinterest, Poller poller) {
    this.pinterest = pinterest;
    this.poller = poller;
    this.download = TokenFreeClient.from(pinterest.httpClient());
  }

  /** Polls every 5 s growing to 1 min, for up to 30 minutes. */
  public static AsyncReports create(Pinterest pinterest) {
    return create(pinterest, DEFAULT_POLLER);
  }

  public static AsyncReports create(Pinterest pinterest, Poller poller) {
    if (pinterest == null || poller == null) {
      throw new IllegalArgumentException("pinterest and poller are required");
    }
    return new AsyncReports(pinterest, poller);
  }

  /** Creates the report and waits until it is ready. */
  public ReadyReport run(
      String adAccountId, AdsAnalyticsCreateAsyncRequest request, Cancellation cancellation) {
    return await(adAccountId, create(adAccountId, request), cancellation);
  }

  /** Asks Pinterest to build a report; returns the token to poll it with. Keep it to resume. */
  public String create(String adAccountId, AdsAnalyticsCreateAsyncRequest request) {
    AdsAnalyticsCreateAsyncResponse created =
        pinterest.adAccounts().analyticsCreateReport(
            AnalyticsCreateReportParams.builder().adAccountId(adAccountId).body(request).build());
    if (created == null || created.getToken() == null) {
      throw new ReportUnavailableException(adAccountId, null,
          created == null ? null : created.getReportStatus(),
          "Pinterest returned no report token" + (created == null || created.getMessage() == null
              ? "" : " (" + created.getMessage() + ")"));
    }
    return created.getToken();
  }

  /**
   * Polls the report of {@code token} until its status is final.
   *
   * @throws ReportUnavailableException for {@code FAILED}, {@code EXPIRED}, {@code CANCELLED},
   *     {@code DOES_NOT_EXIST}, or {@code FINISHED} without a link
   * @throws PollTimeoutException when the budget runs out first
   * @throws OperationCancelledException when cancelled between polls
   */
  public ReadyReport await(String adAccountId, String token, Cancellation cancellation) {
    AdsAnalyticsGetAsyncResponse answer = poller.await("report " + token,
        () -> pinterest.adAccounts().analyticsGetReport(
            AnalyticsGetReportParams.builder().adAccountId(adAccountId).token(token).build()),
        AsyncReports::isFinal, cancellation);
    BulkReportingJobStatus status = answer.getReportStatus();
    if (BulkReportingJobStatus.FINISHED.equals(status)) {
      if (answer.getUrl() == null || answer.getUrl().isEmpty()) {
        throw new ReportUnavailableException(adAccountId, token, status,
            "Pinterest gave no download url; poll again");
      }
      return new ReadyReport(adAccountId, token, answer.getUrl(), answer.getSize(), download);
    }
    if (BulkReportingJobStatus.FAILED.equals(status)) {
      throw new ReportFailedException(adAccountId, token);
    }
    if (BulkReportingJobStatus.EXPIRED.equals(status)) {
      throw new ReportExpiredException(adAccountId, token);
    }
    if (BulkReportingJobStatus.CANCELLED.equals(status)) {
      throw new ReportCancelledException(adAccountId, token);
    }
    throw new ReportNotFoundException(adAccountId, token);
  }

  private static boolean isFinal(AdsAnalyticsGetAsyncResponse answer) {
    BulkReportingJobStatus status = answer == null ? null : answer.getReportStatus();
    return status != null && status.isKnown() && !BulkReportingJobStatus.IN_PROGRESS.equals(status);
  }
}
