package io.github.pinterestapi.testing;

import com.squareup.moshi.Types;
import io.github.pinterestapi.v5.model.AdsAnalyticsCreateAsyncRequest;
import io.github.pinterestapi.v5.model.AdsAnalyticsCreateAsyncResponse;
import io.github.pinterestapi.v5.model.AdsAnalyticsGetAsyncResponse;
import io.github.pinterestapi.v5.model.BulkReportingJobStatus;
import io.github.pinterestapi.v5.model.DataOutputFormat;
import io.github.pinterestapi.v5.model.Granularity;
import io.github.pinterestapi.v5.model.ReportingColumnAsync;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Async ads reports: {@code analytics/create_report} queues one and returns its token;
 * {@code analytics/get_report} answers {@code IN_PROGRESS} for the configured number of polls,
 * then {@code FINISHED} with a download URL on the storage origin (CSV or JSON).
 */
final class ReportRoutes {
  private final FakeState state;

  ReportRoutes(FakeState state) {
    this.state = state;
  }

  void register(Map<String, Route> routes) {
    routes.put("analytics/create_report", this::create);
    routes.put("analytics/get_report", this::get);
  }

  private Reply create(Exchange exchange) {
    String adAccountId = state.adAccount(exchange.path("ad_account_id")).getId();
    AdsAnalyticsCreateAsyncRequest request = exchange.body(AdsAnalyticsCreateAsyncRequest.class);
    require(request.getStartDate(), "start_date");
    require(request.getEndDate(), "end_date");
    require(request.getGranularity(), "granularity");
    require(request.getLevel(), "level");
    if (request.getColumns() == null || request.getColumns().isEmpty()) {
      throw FakeError.missing("columns");
    }
    Metrics.days(request.getStartDate(), request.getEndDate());
    String token = "fake-report-" + state.ids.next(Ids.Kind.REPORT);
    state.reports.put(token, new FakeState.ReportRecord(token, adAccountId, request, state.now()));
    return Reply.ok(new AdsAnalyticsCreateAsyncResponse().token(token)
        .reportStatus(BulkReportingJobStatus.IN_PROGRESS).message(null));
  }

  private Reply get(Exchange exchange) {
    String adAccountId = state.adAccount(exchange.path("ad_account_id")).getId();
    FakeState.ReportRecord report = state.reports.get(exchange.requiredQuery("token"));
    if (report == null || !report.adAccountId.equals(adAccountId)) {
      throw new FakeError(400, 1104, "The token you provided is not valid or has expired.");
    }
    if (report.polls < state.settings.reportPolls) {
      report.polls++;
      return Reply.ok(new AdsAnalyticsGetAsyncResponse()
          .reportStatus(BulkReportingJobStatus.IN_PROGRESS));
    }
    Reply content = content(report);
    String file = report.token + (isJson(report) ? ".json" : ".csv");
    return Reply.ok(new AdsAnalyticsGetAsyncResponse()
        .reportStatus(BulkReportingJobStatus.FINISHED)
        .url(state.storageUrl.resolve(StorageRoutes.REPORTS_PATH + file).toString())
        .size(BigDecimal.valueOf(content.body.getBytes(StandardCharsets.UTF_8).length)));
  }

  /** The file behind a finished report's URL, or null when there is none. */
  Reply download(String file) {
    int dot = file.lastIndexOf('.');
    FakeState.ReportRecord report = dot < 0 ? null : state.reports.get(file.substring(0, dot));
    if (report == null || report.polls < state.settings.reportPolls) {
      return null;
    }
    return content(report);
  }

  private Reply content(FakeState.ReportRecord report) {
    AdsAnalyticsCreateAsyncRequest request = report.request;
    List<String> columns = new ArrayList<>();
    for (ReportingColumnAsync column : request.getColumns()) {
      columns.add(column.value());
    }
    boolean daily = !Granularity.TOTAL.equals(request.getGranularity());
    List<LocalDate> days = Metrics.days(request.getStartDate(), request.getEndDate());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (LocalDate day : daily ? days : days.subList(0, 1)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("AD_ACCOUNT_ID", report.adAccountId);
      if (daily) {
        row.put("DATE", day.toString());
      }
      for (String column : columns) {
        row.put(column, daily ? Metrics.value(report.adAccountId, day, column)
            : total(report.adAccountId, days, column));
      }
      rows.add(row);
    }
    if (isJson(report)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put(report.adAccountId, rows);
      return Reply.json(200, Types.newParameterizedType(Map.class, String.class, Object.class),
          body);
    }
    StringBuilder csv = new StringBuilder(String.join(",", rows.get(0).keySet())).append('\n');
    for (Map<String, Object> row : rows) {
      List<String> cells = new ArrayList<>();
      row.values().forEach(value -> cells.add(String.valueOf(value)));
      csv.append(String.join(",", cells)).append('\n');
    }
    return Reply.text(200, "text/csv", csv.toString());
  }

  private static long total(String subject, List<LocalDate> days, String column) {
    long total = 0;
    for (LocalDate day : days) {
      total += Metrics.value(subject, day, column);
    }
    return total;
  }

  private static boolean isJson(FakeState.ReportRecord report) {
    return DataOutputFormat.JSON.equals(report.request.getReportFormat());
  }

  private static void require(Object value, String name) {
    if (value == null) {
      throw FakeError.missing(name);
    }
  }
}
