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
import java.util.concurrent.CompletionException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class SandboxGuardTest {
  @Test
  void realSandboxRefusesDisabledOperationBeforeAnyNetwork() {
    Pinterest sandbox = Pinterest.builder().sandbox().accessToken(TOKEN).build();
    PinterestSandboxException e = assertThrows(PinterestSandboxException.class,
        () -> sandbox.execute(sandbox.userAccount().userWebsitesGet(null, null)));
    assertEquals("user_websites/get", e.operationId());
    assertTrue(e.getMessage().startsWith("user_websites/get is not available in Pinterest's sandbox"),
        e.getMessage());
  }

  @Test
  void fakeSandboxReceivesNothingForDisabledAndServesEnabled() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      Pinterest sandbox = TestClients.against(server, new FakeTime())
          .sandboxBaseUrl(server.url("/v5/").toString()).build();
      assertThrows(PinterestSandboxException.class, () -> sandbox.execute(
          sandbox.pins().pinsAnalytics("1", null, null, null, null, null, null)));
      assertEquals(0, server.getRequestCount());

      server.enqueue(json(200, TestClients.PIN_JSON));
      assertEquals("123", sandbox.execute(sandbox.pins().pinsGet("123", null, null)).getId());
      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  void asyncCallsGetTheSameException() {
    Pinterest sandbox = Pinterest.builder().sandbox().accessToken(TOKEN).build();
    CompletionException e = assertThrows(CompletionException.class, () -> sandbox
        .executeAsync(sandbox.pins().pinsAnalytics("1", null, null, null, null, null, null))
        .join());
    assertInstanceOf(PinterestSandboxException.class, e.getCause());
  }

  @Test
  void productionSendsDisabledOperations() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json(200, "{}"));
      Pinterest production = TestClients.against(server, new FakeTime()).build();
      production.execute(production.pins().pinsAnalytics("1", null, null, null, null, null, null));
      assertEquals(1, server.getRequestCount());
    }
  }
}
