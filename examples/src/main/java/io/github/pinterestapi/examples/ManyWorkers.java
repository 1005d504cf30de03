package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.redis.RateLimitTable;
import io.github.pinterestapi.redis.RedisFleet;
import io.github.pinterestapi.testing.FakePinterest;
import io.github.pinterestapi.testing.LocalRedisServer;
import io.github.pinterestapi.testing.TokenRefresh;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Three workers, one Pinterest app, one user: they share the user's rate limits and token
 * through Redis, so together they stay under the per-user limit and refresh the token once per
 * expiry, not once per worker. Each worker here is a thread with its own {@link RedisFleet}, which
 * is exactly what separate processes have; run it on several machines and nothing changes.
 *
 * <p>It runs on the embedded fake Pinterest, which enforces 10 calls a second per user and
 * single-use refresh tokens, with tokens that expire every 2 seconds to show refreshes. Redis is
 * {@code PINTEREST_REDIS_URI} when set (keys under {@code pinterest-example:}), otherwise a
 * redis-server this program starts on loopback.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=ManyWorkers
 * PINTEREST_REDIS_URI=redis://localhost:6379 ./mvnw -q -pl examples -am compile -Ptour -Dexample=ManyWorkers
 * }</pre>
 */
public final class ManyWorkers {
  private static final String USER = "user-42";

  private ManyWorkers() {}

  public static void main(String[] argv) throws Exception {
    String uri = System.getenv("PINTEREST_REDIS_URI");
    if (uri != null && !uri.isBlank()) {
      run(System.out, uri, 3, Duration.ofSeconds(5));
      return;
    }
    try (LocalRedisServer redis = LocalRedisServer.start()) {
      System.out.println("Started redis-server from " + redis.source() + " on " + redis.uri());
      run(System.out, redis.uri(), 3, Duration.ofSeconds(5));
    }
  }

  /** Runs {@code workers} workers for {@code duration}; returns the fake, closed, to inspect. */
  public static FakePinterest run(PrintStream out, String redisUri, int workers, Duration duration)
      throws InterruptedException {
    try (FakePinterest fake = FakePinterest.builder()
        .userRateLimit(10, Duration.ofSeconds(1))
        .singleUseRefreshTokens(false)
        .accessTokenLifetime(Duration.ofSeconds(2))
        .build().start()) {
      // Once, at sign-in: the user's first token goes to the shared store.
      try (RedisFleet admin = fleet(redisUri)) {
        admin.user(USER).tokenStore().clear();
        admin.user(USER).tokenStore().save(Token.builder("pina_expired")
            .refreshToken(fake.refreshTokenFor(USER)).accessExpiresAt(Instant.now()).build());
      }
      List<Thread> threads = new ArrayList<>();
      List<AtomicLong> calls = new ArrayList<>();
      long end = System.nanoTime() + duration.toNanos();
      for (int i = 0; i < workers; i++) {
        AtomicLong count = new AtomicLong();
        calls.add(count);
        threads.add(new Thread(() -> work(fake, redisUri, end, count), "worker-" + i));
      }
      threads.forEach(Thread::start);
      for (Thread thread : threads) {
        thread.join();
      }
      long limited = fake.userCalls().stream().filter(call -> call.status() == 429).count();
      List<TokenRefresh> refreshes = fake.tokenRefreshes();
      long generation;
      try (RedisFleet admin = fleet(redisUri)) {
        generation = admin.user(USER).tokenStore().generation();
      }
      out.printf("calls per worker: %s; answered 429: %d%n", calls, limited);
      out.printf("token refreshes: %d (%d refused), stored generation %d%n", refreshes.size(),
          refreshes.stream().filter(refresh -> !refresh.issued()).count(), generation);
      return fake;
    }
  }

  /** One worker: its own fleet connection and client, calling as fast as the shared budget allows. */
  private static void work(FakePinterest fake, String redisUri, long end, AtomicLong calls) {
    try (RedisFleet fleet = fleet(redisUri);
        Pinterest pinterest = fleet.user(USER).applyTo(Pinterest.builder()
            .baseUrl(fake.baseUrl())
            .appCredentials(FakePinterest.DEFAULT_APP_ID, FakePinterest.DEFAULT_APP_SECRET)
            .tokenRefreshSkew(Duration.ofMillis(500)))
            .build()) {
      while (System.nanoTime() < end) {
        pinterest.userAccount().get();
        calls.incrementAndGet();
      }
    }
  }

  private static RedisFleet fleet(String redisUri) {
    // 8 a second for the fleet: under the fake's 10, for calls still in transit at a boundary.
    return RedisFleet.builder(redisUri).appId(FakePinterest.DEFAULT_APP_ID)
        .keyPrefix("pinterest-example").fleetSize(3)
        .limits(RateLimitTable.standard().toBuilder().perSecond(8).build())
        .build();
  }
}
