package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.v5.model.AnalyticsMetricsResponse;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinAnalyticsMetricsResponse;
import io.github.pinterestapi.v5.params.PinsAnalyticsParams;
import io.github.pinterestapi.v5.params.UserAccountAnalyticsParams;
import io.github.pinterestapi.v5.runtime.CommaSeparated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Analytics numbers are deterministic: the same question always gets the same answer. */
class AnalyticsTest {
  private static final LocalDate START = LocalDate.parse("2024-01-01");
  private static final LocalDate END = LocalDate.parse("2024-01-07");

  @RegisterExtension
  final FakePinterest fake = new FakePinterest();

  @Test
  void pinAnalyticsAreDeterministicAndAddUp() {
    try (Pinterest pinterest = Clients.client(fake)) {
      Pin pin = fake.addPin(fake.addBoard("B").getId(), "P", "https://example.com/p.jpg");
      Map<String, PinAnalyticsMetricsResponse> first = pinterest.pins().analytics(
          PinsAnalyticsParams.builder()
              .pinId(pin.getId())
              .startDate(START)
              .endDate(END)
              .metricTypes(Arrays.asList("IMPRESSION", "SAVE"))
              .build());
      Map<String, PinAnalyticsMetricsResponse> second = pinterest.pins().analytics(
          PinsAnalyticsParams.builder()
              .pinId(pin.getId())
              .startDate(START)
              .endDate(END)
              .metricTypes(Arrays.asList("IMPRESSION", "SAVE"))
              .build());
      assertEquals(first, second);
      PinAnalyticsMetricsResponse all = first.get("all");
      assertEquals(7, all.getDailyMetrics().size());
      BigDecimal sum = all.getDailyMetrics().stream()
          .map(day -> day.getMetrics().get("IMPRESSION")).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(sum, all.getSummaryMetrics().get("IMPRESSION"));
      assertEquals(BigDecimal.valueOf(Metrics.value(pin.getId(), START, "SAVE")),
          all.getDailyMetrics().get(0).getMetrics().get("SAVE"));
    }
  }

  @Test
  void accountAnalyticsHaveDefaultMetrics() {
    try (Pinterest pinterest = Clients.client(fake)) {
      AnalyticsMetricsResponse all = pinterest.userAccount().analytics(
          UserAccountAnalyticsParams.builder()
              .startDate(START)
              .endDate(END)
              .build()).get("all");
      assertEquals(7, all.getDailyMetrics().size());
      assertEquals(5, all.getSummaryMetrics().size());
    }
  }

  @Test
  void rangesLongerThan90DaysAreRefused() {
    try (Pinterest pinterest = Clients.client(fake)) {
      PinterestApiException refused = assertThrows(PinterestApiException.class,
          () -> pinterest.userAccount().analytics(UserAccountAnalyticsParams.builder()
              .startDate(START)
              .endDate(START.plusDays(91))
              .build()));
      assertEquals(400, refused.statusCode());
    }
  }
}
