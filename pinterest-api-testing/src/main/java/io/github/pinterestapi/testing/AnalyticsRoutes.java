package io.github.pinterestapi.testing;

import com.squareup.moshi.Types;
import io.github.pinterestapi.v5.model.AnalyticsDailyMetrics;
import io.github.pinterestapi.v5.model.AnalyticsMetricsResponse;
import io.github.pinterestapi.v5.model.DataStatus;
import io.github.pinterestapi.v5.model.PinAnalyticsMetricsResponse;
import io.github.pinterestapi.v5.model.PinAnalyticsMetricsResponseDailyMetricsInner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code pins/analytics} and {@code user_account/analytics}, with deterministic numbers. */
final class AnalyticsRoutes {
  /** Pinterest keys analytics by app type; the fake answers for all apps together. */
  private static final String ALL_APPS = "all";

  private final FakeState state;

  AnalyticsRoutes(FakeState state) {
    this.state = state;
  }

  void register(Map<String, Route> routes) {
    routes.put("pins/analytics", this::pin);
    routes.put("user_account/analytics", this::account);
  }

  private Reply pin(Exchange exchange) {
    String pinId = state.pin(exchange.path("pin_id")).getId();
    List<LocalDate> days = Metrics.days(exchange.query("start_date"), exchange.query("end_date"));
    List<String> metrics = Metrics.names(exchange.requiredQuery("metric_types"));
    List<PinAnalyticsMetricsResponseDailyMetricsInner> daily = new ArrayList<>();
    Map<String, BigDecimal> summary = new LinkedHashMap<>();
    Map<String, Integer> lifetime = new LinkedHashMap<>();
    for (LocalDate day : days) {
      Map<String, BigDecimal> values = dayValues(pinId, day, metrics, summary);
      daily.add(new PinAnalyticsMetricsResponseDailyMetricsInner().date(day.toString())
          .dataStatus(DataStatus.READY).metrics(values));
    }
    summary.forEach((metric, total) -> lifetime.put(metric, total.intValue()));
    Map<String, PinAnalyticsMetricsResponse> body = new LinkedHashMap<>();
    body.put(ALL_APPS, new PinAnalyticsMetricsResponse().dailyMetrics(daily)
        .summaryMetrics(summary).lifetimeMetrics(lifetime));
    return Reply.json(200,
        Types.newParameterizedType(Map.class, String.class, PinAnalyticsMetricsResponse.class), body);
  }

  private Reply account(Exchange exchange) {
    List<LocalDate> days = Metrics.days(exchange.query("start_date"), exchange.query("end_date"));
    List<String> metrics = Metrics.names(exchange.query("metric_types"),
        "IMPRESSION", "ENGAGEMENT", "PIN_CLICK", "OUTBOUND_CLICK", "SAVE");
    List<AnalyticsDailyMetrics> daily = new ArrayList<>();
    Map<String, BigDecimal> summary = new LinkedHashMap<>();
    for (LocalDate day : days) {
      daily.add(new AnalyticsDailyMetrics().date(day.toString()).dataStatus(DataStatus.READY)
          .metrics(dayValues(state.userId, day, metrics, summary)));
    }
    Map<String, AnalyticsMetricsResponse> body = new LinkedHashMap<>();
    body.put(ALL_APPS, new AnalyticsMetricsResponse().dailyMetrics(daily).summaryMetrics(summary));
    return Reply.json(200,
        Types.newParameterizedType(Map.class, String.class, AnalyticsMetricsResponse.class), body);
  }

  private static Map<String, BigDecimal> dayValues(String subject, LocalDate day,
      List<String> metrics, Map<String, BigDecimal> summary) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (String metric : metrics) {
      BigDecimal value = Metrics.decimal(subject, day, metric);
      values.put(metric, value);
      summary.merge(metric, value, BigDecimal::add);
    }
    return values;
  }
}
