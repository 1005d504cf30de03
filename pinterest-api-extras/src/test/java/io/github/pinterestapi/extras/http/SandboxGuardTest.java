package io.github.pinterestapi.extras.http;

import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsAnalyticsParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletionException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.PinterestSandboxException;

class SandboxGuardTest {
  @Test
  void realSandboxRefusesDisabledOperationBeforeAnyNetwork() {
    Pinterest sandbox = Pinterest.builder().sandbox().accessToken(TOKEN).build();
    PinterestSandboxException e = assertThrows(PinterestSandboxException.class,
        () -> sandbox.userAccount().userWebsitesGet());
    assertEquals("user_websites/get", e.operationId());
    assertTrue(e.getMessage().startsWith("user_websites/get is not available in Pinterest's sandbox"),
        e.getMessage());
  }

  @Test
  void fakeSandboxReceivesNothingForDisabledAndServesEnabled() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      Pinterest sandbox = TestClients.against(server, new FakeTime())
          .sandboxBaseUrl(server.url("/v5/").toString()).build();
      assertThrows(PinterestSandboxException.class,
          () -> sandbox.pins().analytics(analyticsOfPin1()));
      assertEquals(0, server.getRequestCount());

      server.enqueue(json(200, TestClients.PIN_JSON));
      assertEquals("123", sandbox.pins().get(PinsGetParams.builder().pinId("123").build()).getId());
      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  void asyncCallsGetTheSameException() {
    Pinterest sandbox = Pinterest.builder().sandbox().accessToken(TOKEN).build();
    CompletionException e = assertThrows(CompletionException.class,
        () -> sandbox.pins().async().analytics(analyticsOfPin1()).join());
    assertInstanceOf(PinterestSandboxException.class, e.getCause());
  }

  private static PinsAnalyticsParams analyticsOfPin1() {
    return PinsAnalyticsParams.builder().pinId("1")
        .startDate(LocalDate.of(2024, 1, 1)).endDate(LocalDate.of(2024, 1, 7))
        .metricTypes(Arrays.asList("IMPRESSION")).build();
  }

  @Test
  void productionSendsDisabledOperations() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json(200, "{}"));
      Pinterest production = TestClients.against(server, new FakeTime()).build();
      production.pins().analytics(analyticsOfPin1());
      assertEquals(1, server.getRequestCount());
    }
  }
}
