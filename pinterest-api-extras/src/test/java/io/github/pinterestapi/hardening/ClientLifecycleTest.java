package io.github.pinterestapi.hardening;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closing a client does not break the clients made from it, which share its dispatcher. */
class ClientLifecycleTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void aDerivedClientOutlivesItsRootAndTheLastCloseReleases() throws Exception {
    Pinterest root = TestClients.against(server, time).build();
    Pinterest child = root.newBuilder().applicationName("child/1").build();
    ExecutorService threads = root.httpClient().dispatcher().executorService();

    root.close();
    root.close(); // Twice changes nothing.
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", child.pins().async().get(PinsGetParams.builder().pinId("123").build())
        .get(5, TimeUnit.SECONDS).getId());
    assertFalse(threads.isShutdown());

    child.close();
    assertTrue(threads.isShutdown(), "the last client to close releases the threads");
  }

  @Test
  void closingADerivedClientLeavesTheRootWorking() throws Exception {
    Pinterest root = TestClients.against(server, time).build();
    root.newBuilder().build().close();
    server.enqueue(json(200, PIN_JSON));
    assertEquals("123", root.pins().async().get(PinsGetParams.builder().pinId("123").build())
        .get(5, TimeUnit.SECONDS).getId());
    root.close();
    assertTrue(root.httpClient().dispatcher().executorService().isShutdown());
  }
}
