package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.PinterestApiException;
import io.github.pinterestapi.v5.model.AnalyticsMetricsResponse;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinAnalyticsMetricsResponse;
import io.github.pinterestapi.v5.runtime.CommaSeparated;
import java.math.BigDecimal;
import java.time.LocalDate;
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
      Map<String, PinAnalyticsMetricsResponse> first = pinterest.execute(pinterest.pins()
          .pinsAnalytics(pin.getId(), START, END, CommaSeparated.of("IMPRESSION", "SAVE"),
              null, null, null));
      Map<String, PinAnalyticsMetricsResponse> second = pinterest.execute(pinterest.pins()
          .pinsAnalytics(pin.getId(), START, END, CommaSeparated.of("IMPRESSION", "SAVE"),
              null, null, null));
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
      AnalyticsMetricsResponse all = pinterest.execute(pinterest.userAccount()
          .userAccountAnalytics(START, END, null, null, null, null, null, null, null, null)).get("all");
      assertEquals(7, all.getDailyMetrics().size());
      assertEquals(5, all.getSummaryMetrics().size());
    }
  }

  @Test
  void rangesLongerThan90DaysAreRefused() {
    try (Pinterest pinterest = Clients.client(fake)) {
      PinterestApiException refused = assertThrows(PinterestApiException.class,
          () -> pinterest.execute(pinterest.userAccount().userAccountAnalytics(START,
              START.plusDays(91), null, null, null, null, null, null, null, null)));
      assertEquals(400, refused.statusCode());
    }
  }
}
