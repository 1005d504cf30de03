package io.github.pinterestapi.redis;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.testing.FakePinterest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One worker of {@link FleetTest}, run as its own JVM: after {@code GO} on stdin, several threads
 * call Pinterest (the fake) for every user through one {@link RedisFleet}, public API only, until
 * the run ends. It then
 * prints {@code LOADED}, waits for {@code REPORT} on stdin, asks each client for its token once
 * more and prints one {@code RESULT user okCalls limitedCalls failures accessToken} line per
 * user. Failures are printed as {@code FAILURE …} lines as they happen.
 *
 * <p>Arguments: redisUri fakeBaseUrl runMillis threads perSecond leaseMillis user…
 */
public final class FleetWorker {
  private FleetWorker() {}

  public static void main(String[] args) throws Exception {
    String redisUri = args[0];
    String fakeUrl = args[1];
    long runMillis = Long.parseLong(args[2]);
    int threads = Integer.parseInt(args[3]);
    long perSecond = Long.parseLong(args[4]);
    Duration lease = Duration.ofMillis(Long.parseLong(args[5]));
    List<String> users = List.of(args).subList(6, args.length);

    RedisFleet fleet = RedisFleet.builder(redisUri).appId(FakePinterest.DEFAULT_APP_ID)
        // Generous: four JVMs share two cores with the build; a slow answer is not an outage here.
        .fleetSize(4).refreshLease(lease).commandTimeout(Duration.ofSeconds(3))
        .limits(RateLimitTable.standard().toBuilder().perSecond(perSecond).build())
        .build();
    Map<String, Pinterest> clients = new LinkedHashMap<>();
    for (String user : users) {
      clients.put(user, fleet.user(user).applyTo(Pinterest.builder().baseUrl(fakeUrl)
              .appCredentials(FakePinterest.DEFAULT_APP_ID, FakePinterest.DEFAULT_APP_SECRET)
              .tokenRefreshSkew(FleetRun.SKEW))
          .build());
    }
    Map<String, AtomicLong> ok = new ConcurrentHashMap<>();
    Map<String, AtomicLong> limited = new ConcurrentHashMap<>();
    Map<String, AtomicLong> failed = new ConcurrentHashMap<>();
    for (String user : users) {
      ok.put(user, new AtomicLong());
      limited.put(user, new AtomicLong());
      failed.put(user, new AtomicLong());
    }
    System.out.println("STARTED " + ProcessHandle.current().pid());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    // Every worker starts the run together, however long each JVM took to start.
    if (!"GO".equals(in.readLine())) {
      return;
    }
    long end = System.nanoTime() + runMillis * 1_000_000L;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      Thread worker = new Thread(() -> {
        for (int i = offset; System.nanoTime() < end; i++) {
          String user = users.get(i % users.size());
          Pinterest pinterest = clients.get(user);
          try {
            pinterest.userAccount().get();
            ok.get(user).incrementAndGet();
          } catch (PinterestRateLimitException e) {
            limited.get(user).incrementAndGet();
          } catch (RuntimeException e) {
            failed.get(user).incrementAndGet();
            synchronized (System.out) {
              System.out.println("FAILURE " + user + " " + e);
            }
          }
        }
      });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    System.out.println("LOADED");
    if (!"REPORT".equals(in.readLine())) {
      return;
    }
    for (String user : users) {
      String token;
      try {
        token = clients.get(user).accessTokenProvider().orElseThrow().accessToken();
      } catch (RuntimeException e) {
        token = "none:" + e.getClass().getSimpleName();
      }
      System.out.println("RESULT " + user + " " + ok.get(user) + " " + limited.get(user) + " "
          + failed.get(user) + " " + token);
    }
    System.out.flush();
    fleet.close();
    System.exit(0);
  }
}
