package io.github.pinterestapi.extras.oauth;

import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.refreshed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.pinterestapi.testing.FakeTime;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A configured coordinator decides every refresh; the provider neither refreshes nor saves alone. */
class RefreshCoordinatorHookTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime clock = new FakeTime();
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final List<Token> staleSeen = new ArrayList<>();
  private OAuthClient oauth;

  @BeforeEach
  void start() throws IOException {
    server.start();
    oauth = OAuthClient.builder().appId("app-id").appSecret("app-secret")
        .baseUrl(server.url("/v5/")).clock(clock).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void aPeersTokenFromTheCoordinatorIsUsedWithoutRefreshing() {
    Token stale = Token.builder("pina_OLD").refreshToken("pinr_OLD")
        .accessExpiresAt(clock.instant().minusSeconds(1)).build();
    store.save(stale);
    Token peers = Token.builder("pina_PEER").accessExpiresAt(clock.instant().plusSeconds(3600))
        .build();
    RefreshingTokenProvider tokens = RefreshingTokenProvider.builder(oauth, store).clock(clock)
        .refreshCoordinator((token, refresh, usable) -> {
          staleSeen.add(token);
          return peers;
        }).build();

    assertEquals("pina_PEER", tokens.accessToken());
    assertEquals("pina_PEER", tokens.accessToken());

    assertEquals(1, staleSeen.size());
    assertEquals(stale, staleSeen.get(0));
    assertEquals(0, server.getRequestCount());
    assertSame(stale, store.load(), "saving is the coordinator's job");
  }

  @Test
  void theRefreshItRunsSpendsTheTokenItIsGivenOrTheInitialRefreshToken() {
    server.enqueue(refreshed("pina_NEW"));
    RefreshingTokenProvider tokens = RefreshingTokenProvider.builder(oauth, store).clock(clock)
        .skew(Duration.ZERO).initialRefreshToken("pinr_INITIAL")
        .refreshCoordinator((token, refresh, usable) -> {
          staleSeen.add(token);
          return refresh.apply(token);
        }).build();

    assertEquals("pina_NEW", tokens.accessToken());

    assertEquals(1, staleSeen.size());
    assertNull(staleSeen.get(0));
    assertEquals(1, server.getRequestCount());
  }
}
