package io.github.pinterestapi.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.errors.oauth.RefreshCoordinationException;
import io.github.pinterestapi.extras.oauth.RefreshCoordinator;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.oauth.Token;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The lease protocol on a real Redis, with a stand-in for the token endpoint that counts calls and
 * refuses a spent refresh token. Two fleets stand for two processes. The lease TTL and the
 * bounded wait are Redis's and the coordinator's real time, so the tests that need them to pass
 * keep them to a few hundred milliseconds.
 */
class RedisRefreshCoordinatorTest extends RedisTestBase {
  private static final Instant EXPIRED = Instant.parse("2020-01-01T00:00:00Z");
  private static final java.util.function.Predicate<Token> USABLE =
      token -> token.accessExpiresAt() == null || token.accessExpiresAt().isAfter(Instant.now());
  private final TokenEndpoint endpoint = new TokenEndpoint();

  private RedisFleetUser alice(Duration lease, Duration wait) {
    return track(RedisFleet.builder(TestRedis.uri()).appId("app-1").refreshLease(lease)
        .refreshWait(wait)).user("alice");
  }

  private RedisFleetUser alice() {
    return alice(Duration.ofSeconds(10), Duration.ofSeconds(15));
  }

  private static Token stale(String refreshToken) {
    return Token.builder("pina_" + refreshToken).refreshToken(refreshToken).accessExpiresAt(EXPIRED)
        .build();
  }

  @Test
  void manyThreadsInTwoProcessesCauseOneRefreshAndAllGetItsToken() throws Exception {
    RedisFleetUser first = alice();
    RedisFleetUser second = alice();
    Token stale = stale(endpoint.current());
    first.tokenStore().save(stale);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Token>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        RefreshCoordinator coordinator = (i % 2 == 0 ? first : second).refreshCoordinator();
        results.add(pool.submit(() -> {
          go.await();
          return coordinator.refresh(stale, endpoint, USABLE);
        }));
      }
      go.countDown();
      Set<String> tokens = ConcurrentHashMap.newKeySet();
      for (Future<Token> result : results) {
        tokens.add(result.get(20, TimeUnit.SECONDS).accessToken());
      }
      assertEquals(1, endpoint.calls.get());
      assertEquals(Set.of(first.tokenStore().load().accessToken()), tokens);
      assertEquals(2, second.tokenStore().generation());
      assertEquals(0, endpoint.spentReuses.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWorkerThatFindsTheLeaseTakenWaitsForThePeersTokenAndNeverRefreshes() throws Exception {
    RedisFleetUser waiter = alice();
    RedisFleetUser peer = alice();
    Token stale = stale(endpoint.current());
    peer.tokenStore().save(stale);
    TestRedis.commands().set("pinterest:{app-1:alice}:refresh-lease", "peer");

    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Token> waiting = pool.submit(() -> waiter.refreshCoordinator().refresh(stale, endpoint, USABLE));
      Token peers = endpoint.apply(stale);
      peer.tokenStore().compareAndSet(1, peers);
      TestRedis.commands().publish("pinterest:{app-1:alice}:refreshed", "refreshed");

      assertEquals(peers, waiting.get(10, TimeUnit.SECONDS));
      assertEquals(1, endpoint.calls.get(), "only the peer's refresh");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLeaseThatIsNeverReleasedEndsTheWaitWithoutARefresh() {
    RedisFleetUser waiter = alice(Duration.ofSeconds(10), Duration.ofMillis(300));
    Token stale = stale(endpoint.current());
    waiter.tokenStore().save(stale);
    TestRedis.commands().set("pinterest:{app-1:alice}:refresh-lease", "stuck-peer");

    assertThrows(RefreshCoordinationException.class,
        () -> waiter.refreshCoordinator().refresh(stale, endpoint, USABLE));
    assertEquals(0, endpoint.calls.get());
  }

  @Test
  void aDeadHoldersLeaseExpiresAndTheNextWorkerRefreshes() {
    RedisFleetUser survivor = alice(Duration.ofSeconds(10), Duration.ofSeconds(5));
    Token stale = stale(endpoint.current());
    survivor.tokenStore().save(stale);
    // What a worker killed while holding the lease leaves behind.
    TestRedis.commands().psetex("pinterest:{app-1:alice}:refresh-lease", 300, "dead-worker");

    Token fresh = survivor.refreshCoordinator().refresh(stale, endpoint, USABLE);

    assertEquals(1, endpoint.calls.get());
    assertEquals(fresh, survivor.tokenStore().load());
  }

  @Test
  void aLiveHolderKeepsItsLeaseThroughASlowRefresh() {
    RedisFleetUser holder = alice(Duration.ofMillis(300), Duration.ofSeconds(5));
    Token stale = stale(endpoint.current());
    holder.tokenStore().save(stale);
    List<Long> ttls = new ArrayList<>();
    UnaryOperator<Token> slow = token -> {
      // Real time: the point is that the lease outlives its TTL while its holder works.
      for (int i = 0; i < 4; i++) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        ttls.add(TestRedis.commands().pttl("pinterest:{app-1:alice}:refresh-lease"));
      }
      return endpoint.apply(token);
    };

    holder.refreshCoordinator().refresh(stale, slow, USABLE);

    assertTrue(ttls.stream().allMatch(ttl -> ttl > 0), ttls::toString);
    assertEquals(0, TestRedis.commands().exists("pinterest:{app-1:alice}:refresh-lease"));
  }

  @Test
  void invalidGrantReadsTheStoreAgainBeforeAskingForSignIn() {
    RedisFleetUser user = alice();
    Token stale = stale(endpoint.current());
    user.tokenStore().save(stale);
    Token peers = stale("pinr_PEER");
    UnaryOperator<Token> peerWinsMeanwhile = token -> {
      // A peer whose lease had expired wrote just before Pinterest refused ours.
      user.tokenStore().compareAndSet(1, peers.toBuilder().accessExpiresAt(null).build());
      throw new SignInRequiredException("invalid grant");
    };
    assertEquals("pina_pinr_PEER", user.refreshCoordinator().refresh(stale, peerWinsMeanwhile, USABLE)
        .accessToken());

    UnaryOperator<Token> refused = token -> {
      throw new SignInRequiredException("invalid grant");
    };
    Token current = user.tokenStore().load();
    assertThrows(SignInRequiredException.class,
        () -> user.refreshCoordinator().refresh(current, refused, USABLE));
  }

  @Test
  void aNewerStoredTokenThatIsDueIsRefreshedInTurnFromItsOwnRefreshToken() {
    RedisFleetUser user = alice();
    Token peers = stale(endpoint.current());
    user.tokenStore().save(peers);

    Token fresh = user.refreshCoordinator().refresh(stale("pinr_OLDER"), endpoint, USABLE);

    assertEquals(1, endpoint.calls.get());
    assertEquals(0, endpoint.spentReuses.get(), "never from the older, spent refresh token");
    assertEquals(fresh, user.tokenStore().load());
  }

  @Test
  void withoutRedisNothingIsRefreshed() {
    RedisFleet fleet = track(RedisFleet.builder(unreachableRedis()).appId("app-1")
        .commandTimeout(Duration.ofMillis(200)));

    assertThrows(RefreshCoordinationException.class,
        () -> fleet.user("alice").refreshCoordinator().refresh(stale("pinr_1"), endpoint, USABLE));
    assertEquals(0, endpoint.calls.get());
  }

  @Test
  void aPeersNewerTokenIsTakenWithoutTheLease() {
    RedisFleetUser user = alice();
    Token newer = stale("pinr_NEWER").toBuilder().accessExpiresAt(null).build();
    user.tokenStore().save(newer);

    assertEquals(newer.accessToken(), user.refreshCoordinator().refresh(stale("pinr_OLD"), endpoint, USABLE)
        .accessToken());
    assertEquals(0, endpoint.calls.get());
    assertTrue(TestRedis.commands().exists("pinterest:{app-1:alice}:refresh-lease") == 0);
  }

  /** Single-use refresh tokens, like the fake's: each refresh spends the token and issues the next. */
  private static final class TokenEndpoint implements UnaryOperator<Token> {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger spentReuses = new AtomicInteger();
    private String valid = "pinr_0";

    synchronized String current() {
      return valid;
    }

    @Override
    public synchronized Token apply(Token token) {
      calls.incrementAndGet();
      if (!valid.equals(token.refreshToken())) {
        spentReuses.incrementAndGet();
        throw new SignInRequiredException("invalid grant");
      }
      valid = "pinr_" + calls.get();
      return Token.builder("pina_" + valid).refreshToken(valid)
          .accessExpiresAt(Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).build();
    }
  }
}
