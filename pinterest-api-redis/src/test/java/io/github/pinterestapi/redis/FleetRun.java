package io.github.pinterestapi.redis;

import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.testing.FakePinterest;
import io.github.pinterestapi.testing.LocalRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts {@link FleetWorker} JVMs against one fake and a Redis of the run's own (a redis-server
 * that no other test touches, so that runs can go on side by side and one run's flush or leases
 * are nobody else's), and collects what they print.
 * Everything here waits on real processes and real time windows, which is the point of a
 * multi-process test: reads of their output block, and the few polls of Redis (for a lease to
 * kill, or for a quiet moment) pause 20 ms between looks.
 */
final class FleetRun implements AutoCloseable {
  static final List<String> USERS = List.of("alice", "bob", "carol");
  static final Duration SKEW = Duration.ofSeconds(2);
  /**
   * One run's workers start at a time: runs go on side by side, but a JVM start is the one
   * CPU-heavy moment of a run, and twelve at once on a busy two-core machine took over a minute
   * (the next run's workers start while this one's run).
   */
  private static final Semaphore STARTING = new Semaphore(1);

  final List<Worker> workers = new ArrayList<>();
  private final AtomicBoolean starting = new AtomicBoolean();
  private final LocalRedisServer redis;
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final RedisFleet parent;

  FleetRun(FakePinterest fake, int workerCount, int threads, long runMillis, long perSecond,
      Duration lease) {
    this.redis = LocalRedisServer.start();
    this.client = RedisClient.create(redis.uri());
    this.connection = client.connect();
    this.parent = RedisFleet.builder(redis.uri()).appId(FakePinterest.DEFAULT_APP_ID).build();
    for (String user : USERS) {
      // An expired access token with a valid refresh token: the first call of the run refreshes.
      parent.user(user).tokenStore().save(Token.builder("pina_seed_" + user)
          .refreshToken(fake.refreshTokenFor(user))
          .accessExpiresAt(Instant.now().minusSeconds(1)).build());
    }
    STARTING.acquireUninterruptibly();
    starting.set(true);
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    for (int i = 0; i < workerCount; i++) {
      List<String> command = new ArrayList<>(List.of(java, "-Xmx96m", "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1", "-cp", classPath, FleetWorker.class.getName(),
          redis.uri(), fake.baseUrl(), Long.toString(runMillis), Integer.toString(threads),
          Long.toString(perSecond), Long.toString(lease.toMillis())));
      command.addAll(USERS);
      try {
        workers.add(new Worker(new ProcessBuilder(command).redirectErrorStream(true).start()));
      } catch (IOException e) {
        close();
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Waits for every worker's JVM to be ready, then starts the run in all of them at once. */
  void go() throws InterruptedException {
    try {
      for (Worker worker : workers) {
        if (!worker.started.await(60, TimeUnit.SECONDS)) {
          throw new AssertionError("worker " + worker.pid() + " did not start: " + worker.lines);
        }
      }
    } finally {
      doneStarting();
    }
    for (Worker worker : workers) {
      worker.send("GO");
    }
  }

  private void doneStarting() {
    if (starting.getAndSet(false)) {
      STARTING.release();
    }
  }

  /** Direct commands to the run's Redis, for inspecting and disturbing it. */
  RedisCommands<String, String> commands() {
    return connection.sync();
  }

  RedisTokenStore store(String user) {
    return parent.user(user).tokenStore();
  }

  /** Waits until every live worker has finished its load phase. */
  void awaitLoaded(Duration timeout) throws InterruptedException {
    for (Worker worker : workers) {
      if (worker.process.isAlive() && !worker.loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("worker " + worker.pid() + " did not finish: " + worker.lines);
      }
    }
  }

  /**
   * Waits for a moment when no refresh is under way or due within {@code margin}, and every token
   * was stored at least {@code margin} ago, so that every busy worker holds it: what happens next
   * (a flush) then races no refresh and takes nothing from anyone.
   */
  void awaitQuietMoment(Duration margin, Duration lifetime) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      boolean quiet = commands().keys("pinterest:*refresh-lease").isEmpty();
      Instant now = Instant.now();
      for (String user : USERS) {
        Token token = store(user).load();
        quiet &= token != null
            && token.accessExpiresAt().minus(SKEW).isAfter(now.plus(margin))
            && token.accessExpiresAt().minus(lifetime).isBefore(now.minus(margin));
      }
      if (quiet) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no quiet moment in 15 s");
  }

  /**
   * Asks the live workers for their reports so that no token falls due while they report. With
   * the load over, nobody refreshes, so every stored token falls due in time: once they all have,
   * one worker reports first (refreshing every user, once), then the others, who find those fresh
   * tokens in the store with a whole token life ahead. Asked all at once, a worker the machine
   * schedules late could find a token due that its peers had found fresh, refresh again, and end
   * on a newer generation for the wrong reason.
   */
  void report() throws InterruptedException {
    for (String user : USERS) {
      Token token = store(user).load();
      if (token != null) {
        long untilDue = Duration.between(Instant.now(), token.accessExpiresAt().minus(SKEW))
            .toMillis();
        if (untilDue > 0) {
          Thread.sleep(untilDue + 50); // Real time: the token falls due on the workers' clocks.
        }
      }
    }
    List<Worker> live = workers.stream().filter(worker -> worker.process.isAlive()).toList();
    reportAndExit(live.subList(0, 1));
    reportAndExit(live.subList(1, live.size()));
  }

  private static void reportAndExit(List<Worker> batch) throws InterruptedException {
    for (Worker worker : batch) {
      worker.send("REPORT");
    }
    for (Worker worker : batch) {
      if (!worker.process.waitFor(30, TimeUnit.SECONDS)) {
        throw new AssertionError("worker " + worker.pid() + " did not exit: " + worker.lines);
      }
    }
  }

  @Override
  public void close() {
    for (Worker worker : workers) {
      worker.process.destroyForcibly();
    }
    doneStarting();
    parent.close();
    client.shutdown();
    redis.close();
  }

  /** One worker process and the lines it printed. */
  static final class Worker {
    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch loaded = new CountDownLatch(1);
    final Map<String, String[]> results = new ConcurrentHashMap<>();

    Worker(Process process) {
      this.process = process;
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            lines.add(line);
            if (line.startsWith("STARTED")) {
              started.countDown();
            } else if (line.equals("LOADED")) {
              loaded.countDown();
            } else if (line.startsWith("RESULT ")) {
              String[] parts = line.split(" ");
              results.put(parts[1], parts);
            }
          }
        } catch (IOException ignored) {
          // The process ended.
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    long pid() {
      return process.pid();
    }

    List<String> failures() {
      return lines.stream().filter(line -> line.startsWith("FAILURE")).toList();
    }

    long ok(String user) {
      return Long.parseLong(results.get(user)[2]);
    }

    String token(String user) {
      return results.get(user)[5];
    }

    void send(String line) {
      try {
        Writer out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        out.write(line + "\n");
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
