package io.github.pinterestapi.benchmarks;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.RateLimitBackend;
import io.github.pinterestapi.extras.http.RateLimitedCall;
import io.github.pinterestapi.redis.RateLimitTable;
import io.github.pinterestapi.redis.RedisFleet;
import io.github.pinterestapi.testing.LocalRedisServer;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the fleet's Redis limiter adds to a call, on loopback: {@code GET /pins/{id}} with the
 * in-memory limiter only (the default) and with the Redis limiter as well, and the limiter's
 * permit alone. Sampled, so JMH reports p50 and p99. The limits are set far above what the run
 * reaches, so every permit is granted and the figures are the cost of asking Redis: one cool-down
 * read and two Bucket4j buckets (compare-and-swap: a read and a Lua write each), sent at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedisLimiterBenchmark {
  private static final String PIN_ID = PinJson.pinId(7);
  private static final String TOKEN = "pina_benchmark_token";
  private static final RateLimitedCall PINS_GET =
      RateLimitedCall.of("pins/get", "org_read", (String) null);

  private LoopbackServer server;
  private LocalRedisServer redis;
  private RedisFleet fleet;
  private RateLimitBackend limiter;
  private Pinterest inMemory;
  private Pinterest withRedis;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = LoopbackServer.start(0, 0);
    redis = LocalRedisServer.start();
    fleet = RedisFleet.builder(redis.uri()).appId("benchmark-app")
        .limits(RateLimitTable.standard().toBuilder().perSecond(1_000_000_000L)
            .defaultPerMinute(1_000_000_000L).build())
        .build();
    limiter = fleet.user("benchmark-user").rateLimits();
    inMemory = Pinterest.builder().baseUrl(server.baseUrl()).accessToken(TOKEN).build();
    withRedis = inMemory.newBuilder().rateLimitBackend(limiter).build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    withRedis.close();
    inMemory.close();
    fleet.close();
    redis.close();
    server.close();
  }

  @Benchmark
  public Pin callInMemoryLimiter() {
    return inMemory.pins().get(PinsGetParams.builder().pinId(PIN_ID).build());
  }

  @Benchmark
  public Pin callWithRedisLimiter() {
    return withRedis.pins().get(PinsGetParams.builder().pinId(PIN_ID).build());
  }

  @Benchmark
  public Duration redisPermitAlone() {
    return limiter.acquire(PINS_GET, Instant.now());
  }
}
