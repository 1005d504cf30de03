package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.Cancellation;
import io.github.pinterestapi.extras.reports.AsyncReports;
import io.github.pinterestapi.extras.reports.ReadyReport;
import io.github.pinterestapi.extras.reports.ReportRows;
import io.github.pinterestapi.v5.model.AdAccount;
import io.github.pinterestapi.v5.model.AdsAnalyticsCreateAsyncRequest;
import io.github.pinterestapi.v5.model.Granularity;
import io.github.pinterestapi.v5.model.MetricsReportingLevel;
import io.github.pinterestapi.v5.model.ReportingColumnAsync;
import io.github.pinterestapi.v5.params.AdAccountsListParams;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an ads report the asynchronous way: asks Pinterest to build it, polls until it is ready
 * (a spinner on stderr meanwhile), downloads the CSV and prints its rows.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=AsyncReport \
 *     -Dexample.args="--ad-account 549755885175 --days 30"
 * }</pre>
 */
public final class AsyncReport {
  static final List<ReportingColumnAsync> COLUMNS = List.of(ReportingColumnAsync.SPEND_IN_DOLLAR,
      ReportingColumnAsync.TOTAL_IMPRESSION, ReportingColumnAsync.TOTAL_CLICKTHROUGH);

  private AsyncReport() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv);
    Output out = Output.standard(args.json());
    try (Connection connection = Connection.open(args.sandbox(), out)) {
      run(connection, out, args.option("--ad-account").orElse(null),
          args.option("--days").map(Integer::parseInt).orElse(7));
    }
  }

  /** @param adAccountId the ad account, or null for the first the user can see */
  public static List<Map<String, String>> run(Connection connection, Output out,
      String adAccountId, int days) {
    Pinterest pinterest = connection.pinterest();
    if (adAccountId == null) {
      List<AdAccount> accounts =
          pinterest.adAccounts().list(AdAccountsListParams.builder()
              .pageSize(25)
              .build()).getItems();
      if (accounts.isEmpty()) {
        throw new IllegalStateException("This user has no ad accounts to report on");
      }
      adAccountId = accounts.get(0).getId();
      out.say("No ad account given: using \"%s\" (%s)", accounts.get(0).getName(), adAccountId);
    }
    LocalDate end = connection.today().minusDays(1);
    AdsAnalyticsCreateAsyncRequest request = new AdsAnalyticsCreateAsyncRequest()
        .startDate(end.minusDays(days - 1L).toString()).endDate(end.toString())
        .granularity(Granularity.DAY).level(MetricsReportingLevel.ADVERTISER).columns(COLUMNS);

    ProgressBar bar = out.progress("report");
    AsyncReports reports = AsyncReports.create(pinterest,
        connection.poller(wait -> bar.tick("Pinterest is building the report")));
    // create + await rather than run(): the token printed here lets a later run pick it up.
    String token = reports.create(adAccountId, request);
    out.say("Requested report %s for %s to %s", token, request.getStartDate(), end);
    ReadyReport report = reports.await(adAccountId, token, Cancellation.NONE);
    bar.done("ready");

    List<Map<String, String>> rows = new ArrayList<>();
    try (ReportRows<Map<String, String>> csv = report.csvRows()) {
      csv.forEachRemaining(rows::add);
    }
    out.show(rows, () -> table(rows));
    out.say("%d rows", rows.size());
    return rows;
  }

  private static Table table(List<Map<String, String>> rows) {
    if (rows.isEmpty()) {
      return new Table("(no rows)");
    }
    List<String> columns = new ArrayList<>(rows.get(0).keySet());
    Table table = new Table(columns.toArray(new String[0]));
    for (Map<String, String> row : rows) {
      table.row(columns.stream().map(row::get).toArray());
    }
    return table;
  }
}
