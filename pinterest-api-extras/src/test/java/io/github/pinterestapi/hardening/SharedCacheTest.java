package io.github.pinterestapi.hardening;

import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import java.io.File;
import java.io.IOException;
import java.util.Collections;
import okhttp3.Cache;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two users' clients over one OkHttpClient with a Cache never see each other's answers: answers
 * to requests with credentials are kept out of the cache.
 */
class SharedCacheTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private OkHttpClient shared;

  @TempDir
  File cacheDir;

  @BeforeEach
  void start() throws IOException {
    server.start();
    shared = new OkHttpClient.Builder().cache(new Cache(cacheDir, 1024 * 1024)).build();
  }

  @AfterEach
  void stop() throws IOException {
    shared.dispatcher().executorService().shutdown();
    shared.cache().close();
    server.shutdown();
  }

  @Test
  void aliceAndBobEachGetTheirOwnAccount() throws Exception {
    Pinterest alice = TestClients.withoutToken(server, time).okHttpClient(shared)
        .accessToken("pina_ALICE_token_0001").build();
    Pinterest bob = TestClients.withoutToken(server, time).okHttpClient(shared)
        .accessToken("pina_BOB_token_000002").build();
    server.enqueue(json(200, "{\"username\":\"alice\"}").setHeader("Cache-Control", "max-age=3600"));
    server.enqueue(json(200, "{\"username\":\"bob\"}").setHeader("Cache-Control", "max-age=3600"));

    assertEquals("alice", alice.userAccount().get().getUsername());
    assertEquals("bob", bob.userAccount().get().getUsername());

    assertEquals(2, server.getRequestCount());
    RecordedRequest fromAlice = server.takeRequest();
    assertEquals("Bearer pina_ALICE_token_0001", fromAlice.getHeader("Authorization"));
    assertEquals(Collections.singletonList("no-store"), fromAlice.getHeaders().values("Cache-Control"));
    assertEquals("Bearer pina_BOB_token_000002", server.takeRequest().getHeader("Authorization"));
    assertEquals(0, shared.cache().writeSuccessCount(), "nothing with credentials was stored");
  }
}
