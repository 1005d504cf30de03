package io.github.pinterestapi.extras.oauth;

import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.invalidGrant;
import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.refreshed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.testing.FakeTime;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;

class RefreshingTokenProviderTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime clock = new FakeTime();
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private RefreshingTokenProvider tokens;

  @BeforeEach
  void start() throws IOException {
    server.start();
    OAuthClient oauth = OAuthClient.builder().appId("app-id").appSecret("app-secret")
        .baseUrl(server.url("/v5/")).clock(clock).build();
    tokens = RefreshingTokenProvider.builder(oauth, store).clock(clock)
        .skew(Duration.ofMinutes(5)).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private void storeTokenExpiringIn(Duration duration) {
    store.save(Token.builder("pina_OLD").refreshToken("pinr_OLD")
        .accessExpiresAt(clock.instant().plus(duration)).build());
  }

  @Test
  void aFreshTokenIsServedWithoutAskingPinterest() {
    storeTokenExpiringIn(Duration.ofHours(1));

    assertEquals("pina_OLD", tokens.accessToken());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void refreshesWithinTheSkewBeforeExpiryAndSavesTheNewToken() {
    storeTokenExpiringIn(Duration.ofMinutes(4));
    server.enqueue(refreshed("pina_NEW"));

    assertEquals("pina_NEW", tokens.accessToken());

    assertEquals(1, server.getRequestCount());
    assertEquals("pina_NEW", store.load().accessToken());
    assertEquals("pinr_OLD", store.load().refreshToken());
    assertEquals(clock.instant().plus(Duration.ofDays(30)), store.load().accessExpiresAt());
  }

  @Test
  void aHundredThreadsFindingTheTokenExpiredCauseOneRefresh() throws Exception {
    storeTokenExpiringIn(Duration.ofMinutes(-1));
    server.enqueue(refreshed("pina_NEW"));
    ExecutorService pool = Executors.newFixedThreadPool(100);
    try {
      CountDownLatch ready = new CountDownLatch(100);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        results.add(pool.submit((Callable<String>) () -> {
          ready.countDown();
          go.await();
          return tokens.accessToken();
        }));
      }
      ready.await();
      go.countDown();
      for (Future<String> result : results) {
        assertEquals("pina_NEW", result.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void onUnauthorizedRefreshesTheCurrentToken() {
    storeTokenExpiringIn(Duration.ofHours(1));
    server.enqueue(refreshed("pina_NEW"));

    assertEquals("pina_NEW", tokens.onUnauthorized("pina_OLD"));

    assertEquals(1, server.getRequestCount());
    assertEquals("pina_NEW", tokens.accessToken());
  }

  @Test
  void onUnauthorizedWithAnOlderTokenRetriesWithTheCurrentOneWithoutRefreshing() {
    storeTokenExpiringIn(Duration.ofHours(1));
    server.enqueue(refreshed("pina_NEW"));
    tokens.onUnauthorized("pina_OLD");

    // A request that left with the old token before the refresh comes back 401 late.
    assertEquals("pina_NEW", tokens.onUnauthorized("pina_OLD"));

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void onUnauthorizedGivesUpWhenThereIsNothingToRefreshWith() {
    store.save(Token.builder("pina_ONLY").build());

    assertNull(tokens.onUnauthorized("pina_ONLY"));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void adoptsATokenAnotherProcessSaved() {
    storeTokenExpiringIn(Duration.ofHours(1));
    assertEquals("pina_OLD", tokens.accessToken());
    store.save(Token.builder("pina_OTHER").refreshToken("pinr_OTHER")
        .accessExpiresAt(clock.instant().plus(Duration.ofDays(30))).build());

    assertEquals("pina_OTHER", tokens.onUnauthorized("pina_OLD"));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void anEmptyStoreMeansSignIn() {
    SignInRequiredException e = assertThrows(SignInRequiredException.class,
        () -> tokens.accessToken());
    assertTrue(e.getMessage().contains("sign in again"));
  }

  @Test
  void anInvalidGrantDuringRefreshMeansSignIn() {
    storeTokenExpiringIn(Duration.ofMinutes(-1));
    server.enqueue(invalidGrant());

    assertThrows(SignInRequiredException.class, () -> tokens.accessToken());
    assertEquals("pina_OLD", store.load().accessToken());
  }

  @Test
  void refreshNowRefreshesAFreshTokenToo() {
    storeTokenExpiringIn(Duration.ofHours(1));
    server.enqueue(refreshed("pina_NEW"));

    assertEquals("pina_NEW", tokens.refreshNow().accessToken());
  }

  @Test
  void aTokenWithUnknownExpiryIsUsedUntilA401() {
    store.save(Token.builder("pina_OLD").refreshToken("pinr_OLD").build());
    clock.advance(Duration.ofDays(365));

    assertEquals("pina_OLD", tokens.accessToken());
    assertEquals(0, server.getRequestCount());
  }
}
