package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinAnalyticsMetricsResponse;
import io.github.pinterestapi.v5.model.PinAnalyticsMetricsResponseDailyMetricsInner;
import io.github.pinterestapi.v5.model.PinsList200Response;
import io.github.pinterestapi.v5.params.PinsAnalyticsParams;
import io.github.pinterestapi.v5.params.PinsListParams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Shows a Pin's impressions, saves and clicks, day by day, for the last days (yesterday back).
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=PinAnalytics \
 *     -Dexample.args="--days 14 PIN_ID"
 * }</pre>
 */
public final class PinAnalytics {
  static final List<String> METRICS = List.of("IMPRESSION", "SAVE", "PIN_CLICK", "OUTBOUND_CLICK");

  private PinAnalytics() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv);
    Output out = Output.standard(args.json());
    try (Connection connection = Connection.open(args.sandbox(), out)) {
      run(connection, out, args.positional(0).orElse(null),
          args.option("--days").map(Integer::parseInt).orElse(7));
    }
  }

  /** @param pinId the Pin, or null for the account's first */
  public static PinAnalyticsMetricsResponse run(Connection connection, Output out, String pinId,
      int days) {
    Pinterest pinterest = connection.pinterest();
    if (pinId == null) {
      PinsList200Response first =
          pinterest.pins().list(PinsListParams.builder().pageSize(1).build());
      if (first.getItems().isEmpty()) {
        throw new IllegalStateException("The account has no Pins to show analytics for");
      }
      Pin pin = first.getItems().get(0);
      pinId = pin.getId();
      out.say("No Pin given: using \"%s\" (%s)", pin.getTitle(), pinId);
    }
    // Today's numbers are still coming in; end with yesterday.
    LocalDate end = connection.today().minusDays(1);
    LocalDate start = end.minusDays(days - 1L);
    Map<String, PinAnalyticsMetricsResponse> byApp = pinterest.pins().analytics(
        PinsAnalyticsParams.builder()
            .pinId(pinId)
            .startDate(start)
            .endDate(end)
            .metricTypes(METRICS)
            .build());
    // Keyed by app type; without app_types Pinterest answers for all apps together.
    PinAnalyticsMetricsResponse all = byApp.getOrDefault("all",
        byApp.values().stream().findFirst().orElse(new PinAnalyticsMetricsResponse()));
    out.say("Pin %s, %s to %s", pinId, start, end);
    out.show(all, () -> table(all));
    return all;
  }

  private static Table table(PinAnalyticsMetricsResponse metrics) {
    String[] headers = new String[METRICS.size() + 1];
    headers[0] = "DATE";
    for (int i = 0; i < METRICS.size(); i++) {
      headers[i + 1] = METRICS.get(i);
    }
    Table table = new Table(headers);
    if (metrics.getDailyMetrics() != null) {
      for (PinAnalyticsMetricsResponseDailyMetricsInner day : metrics.getDailyMetrics()) {
        table.row(cells(day.getDate(), day.getMetrics()));
      }
    }
    table.row(cells("TOTAL", metrics.getSummaryMetrics()));
    return table;
  }

  private static Object[] cells(String first, Map<String, BigDecimal> values) {
    Object[] cells = new Object[METRICS.size() + 1];
    cells[0] = first;
    for (int i = 0; i < METRICS.size(); i++) {
      cells[i + 1] = values == null ? null : values.get(METRICS.get(i));
    }
    return cells;
  }
}
