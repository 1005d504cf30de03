package io.github.pinterestapi.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.extras.oauth.OAuthClient;
import io.github.pinterestapi.testing.FakePinterest;
import io.github.pinterestapi.testing.TokenRefresh;
import io.github.pinterestapi.testing.UserCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Four worker JVMs, four threads each, three users, one fake Pinterest that enforces per-user
 * limits and single-use refresh tokens, one real Redis. The run lasts {@code -Dfleet.seconds}
 * (4 in {@code verify} to keep the build lean; {@code -Dfleet.seconds=10} for the full run).
 *
 * <p>The fake allows 8 calls per user per second; the fleet is configured for half that. A call
 * can take its permit in one second and arrive in the next (on a busy machine, hundreds of
 * milliseconds pass between the two), so one of the fake's fixed windows can see the calls of two
 * of the fleet's: at half the limit, that never exceeds it. Access tokens live 5 s and are
 * refreshed 2 s before they expire (more than a call waits for a permit here, since the permit is
 * taken after the token), so a 10 s run refreshes each user three or four times; the token
 * endpoint takes 300 ms, to widen the race between workers.
 *
 * <p>The scenarios run side by side, each with its own fake, Redis and workers: most of a
 * scenario is waiting on real time (the run, tokens falling due), and one after the other they
 * were most of this module's build time. Their workers start one scenario at a time (a JVM start
 * is the CPU-heavy part), and each scenario starts its load only when all its workers are up.
 */
@Execution(ExecutionMode.CONCURRENT)
class FleetTest {
  private static final int FAKE_PER_SECOND = 8;
  private static final long FLEET_PER_SECOND = 4;
  private static final Duration LIFETIME = Duration.ofSeconds(5);
  private static final Duration LEASE = Duration.ofSeconds(2);
  private static final long RUN_MILLIS = Long.getLong("fleet.seconds", 4) * 1000;

  private static FakePinterest fake() {
    return FakePinterest.builder()
        .rateLimit(1_000_000, Duration.ofMinutes(1))
        .userRateLimit(FAKE_PER_SECOND, Duration.ofSeconds(1))
        .singleUseRefreshTokens(true)
        .tokenEndpointDelay(Duration.ofMillis(300))
        .accessTokenLifetime(LIFETIME)
        .build().start();
  }

  private static FleetRun run(FakePinterest fake) throws InterruptedException {
    return run(fake, RUN_MILLIS);
  }

  private static FleetRun run(FakePinterest fake, long runMillis) throws InterruptedException {
    FleetRun run = new FleetRun(fake, 4, 4, runMillis, FLEET_PER_SECOND, LEASE);
    run.go();
    return run;
  }

  @Test
  void fourWorkersStayWithinEveryUsersLimitAndRefreshEachTokenOnce() throws Exception {
    try (FakePinterest fake = fake(); FleetRun run = run(fake)) {
      run.awaitLoaded(Duration.ofMillis(RUN_MILLIS).plusSeconds(30));
      run.report();

      List<UserCall> calls = fake.userCalls();
      Map<String, Long> perSecond = calls.stream().collect(Collectors.groupingBy(
          call -> call.user() + "@" + call.at().getEpochSecond(), Collectors.counting()));
      long busiest = perSecond.values().stream().mapToLong(Long::longValue).max().orElse(0);
      assertTrue(busiest <= FAKE_PER_SECOND, "a second with " + busiest + " calls");
      assertEquals(0, calls.stream().filter(call -> call.status() == 429).count(), () -> "429s in "
          + perSecond.entrySet().stream().filter(e -> e.getValue() > FLEET_PER_SECOND).toList());
      assertTrue(busiest >= FLEET_PER_SECOND, "the run was not busy: " + busiest);

      for (String user : FleetRun.USERS) {
        List<TokenRefresh> refreshes = refreshesOf(fake, user);
        long generation = run.store(user).generation();
        assertTrue(refreshes.stream().allMatch(TokenRefresh::issued), refreshes::toString);
        assertEquals(generation - 1, refreshes.size(),
            user + ": one token-endpoint call per expiry, each a generation");
        for (int i = 1; i < refreshes.size(); i++) {
          Duration apart = Duration.between(refreshes.get(i - 1).at(), refreshes.get(i).at());
          assertTrue(apart.compareTo(LIFETIME.minus(FleetRun.SKEW).minusMillis(200)) >= 0,
              user + ": two refreshes " + apart + " apart");
        }
        // The seeded token is expired, then one refresh every (lifetime - skew) of the run; the
        // first comes late when the machine is busy warming four JVMs up.
        long expected = Math.max(1, RUN_MILLIS / LIFETIME.minus(FleetRun.SKEW).toMillis() - 1);
        assertTrue(refreshes.size() >= expected,
            user + " was refreshed " + refreshes.size() + " times, expected " + expected);
        assertEveryWorkerEndsOnTheStoredToken(run, user, run.workers);
        assertTheGrantStillWorks(fake, run, user);
      }
      for (FleetRun.Worker worker : run.workers) {
        assertEquals(List.of(), worker.failures());
      }
    }
  }

  @Test
  void killingTheLeaseHolderMidRefreshLosesNoGrant() throws Exception {
    try (FakePinterest fake = fake(); FleetRun run = run(fake)) {
      // The first refresh (every seeded token starts expired) is the one sure to happen while the
      // workers run, however slowly a loaded machine starts them.
      long pid = killLeaseHolderAfter(run, Duration.ZERO);
      run.awaitLoaded(Duration.ofMillis(RUN_MILLIS).plusSeconds(30));
      run.report();

      List<FleetRun.Worker> survivors =
          run.workers.stream().filter(worker -> worker.pid() != pid).toList();
      assertEquals(3, survivors.size());
      for (String user : FleetRun.USERS) {
        assertTrue(refreshesOf(fake, user).stream().noneMatch(TokenRefresh::reusedSpentToken));
        assertEveryWorkerEndsOnTheStoredToken(run, user, survivors);
        assertTheGrantStillWorks(fake, run, user);
      }
      for (FleetRun.Worker worker : survivors) {
        assertEquals(List.of(), worker.failures());
      }
    }
  }

  @Test
  void flushingRedisMidRunLosesNoGrantAndGenerationsGoOn() throws Exception {
    // Longer, so that the run goes on for a while after the flush, whenever a quiet moment comes.
    try (FakePinterest fake = fake(); FleetRun run = run(fake, RUN_MILLIS + 2000)) {
      Thread.sleep(RUN_MILLIS / 3); // Real time: the workers run a while.
      run.awaitQuietMoment(Duration.ofMillis(400), LIFETIME);
      long before = run.store("alice").generation();
      Instant flushedAt = Instant.now();
      run.commands().flushall();
      run.awaitLoaded(Duration.ofMillis(RUN_MILLIS).plusSeconds(30));
      // Real time: every token the workers hold falls due, so the first report asks for a
      // refresh from memory, since the store may still be empty for a user after the flush.
      Thread.sleep(LIFETIME.toMillis());
      run.report();

      for (String user : FleetRun.USERS) {
        assertTrue(refreshesOf(fake, user).stream().noneMatch(TokenRefresh::reusedSpentToken));
        assertEveryWorkerEndsOnTheStoredToken(run, user, run.workers);
        assertTheGrantStillWorks(fake, run, user);
        assertTrue(fake.userCalls().stream().anyMatch(call -> call.user().equals(user)
            && call.status() == 200 && call.at().isAfter(flushedAt)),
            user + ": calls went on after the flush");
      }
      assertTrue(before >= 2, "alice was refreshed before the flush");
      assertTrue(run.store("alice").generation() > before, "generations never go back");
      for (FleetRun.Worker worker : run.workers) {
        assertEquals(List.of(), worker.failures());
      }
    }
  }

  /** Kills (SIGKILL) the first worker seen holding a refresh lease after {@code after}. */
  private static long killLeaseHolderAfter(FleetRun run, Duration after) throws Exception {
    long start = System.nanoTime();
    long deadline = start + Duration.ofMillis(RUN_MILLIS).plusSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (System.nanoTime() - start > after.toNanos()) {
        for (String key : run.commands().keys("pinterest:*refresh-lease")) {
          String owner = run.commands().get(key);
          if (owner == null) {
            continue;
          }
          long pid = Long.parseLong(owner.substring(0, owner.indexOf(':')));
          for (FleetRun.Worker worker : run.workers) {
            if (worker.pid() == pid) {
              worker.process.destroyForcibly().waitFor();
              return pid;
            }
          }
        }
      }
      Thread.sleep(20); // Real time: watching other processes for a lease.
    }
    throw new AssertionError("no worker was seen holding a refresh lease");
  }

  private static List<TokenRefresh> refreshesOf(FakePinterest fake, String user) {
    return fake.tokenRefreshes().stream().filter(r -> user.equals(r.user())).toList();
  }

  private static void assertEveryWorkerEndsOnTheStoredToken(FleetRun run, String user,
      List<FleetRun.Worker> workers) {
    assertNotNull(run.store(user).load(), user + ": no token stored");
    String stored = run.store(user).load().accessToken();
    for (FleetRun.Worker worker : workers) {
      assertNotNull(worker.results.get(user), () -> "no result from " + worker.lines);
      assertTrue(worker.ok(user) > 0, user + " made no call in worker " + worker.pid());
      assertEquals(stored, worker.token(user), () -> user + ": worker " + worker.pid()
          + " ends on another generation; its output: " + worker.lines);
    }
  }

  /** The stored refresh token is the live one: Pinterest (the fake) still accepts it. */
  private static void assertTheGrantStillWorks(FakePinterest fake, FleetRun run, String user) {
    OAuthClient oauth = OAuthClient.builder().appId(FakePinterest.DEFAULT_APP_ID)
        .appSecret(FakePinterest.DEFAULT_APP_SECRET).baseUrl(fake.baseUrl()).build();
    assertNotNull(oauth.refresh(run.store(user).load()).accessToken());
  }
}
