package io.github.pinterestapi.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bucket4j's Lettuce integration over {@link KnownBucketStates}, on a real Redis: what it sends,
 * and that a state another worker changed is never spent.
 */
class KnownBucketStatesTest extends RedisTestBase {
  private static final String KEY = "pinterest:{app-1:alice}:second";

  private final MutableClock clock = new MutableClock();
  private final RedisClient client = RedisClient.create(TestRedis.uri());
  private final StatefulRedisConnection<String, byte[]> connection =
      client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
  /** Commands that reach Lettuce, by name. */
  private final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();

  @AfterEach
  void closeConnection() {
    connection.close();
    client.shutdown();
  }

  /** A worker's bucket of {@code perSecond}: its own known states over the shared connection. */
  private AsyncBucketProxy worker(long perSecond) {
    AsyncProxyManager<String> buckets =
        Bucket4jLettuce.casBasedBuilder(KnownBucketStates.around(counted(connection.async())))
            .clientClock(RedisConnections.wallClock(clock)).build().asAsync();
    return buckets.builder().build(KEY, () -> CompletableFuture.completedFuture(
        BucketLimits.perWindow(perSecond, Duration.ofSeconds(1))));
  }

  @SuppressWarnings("unchecked")
  private RedisAsyncCommands<String, byte[]> counted(RedisAsyncCommands<String, byte[]> redis) {
    return (RedisAsyncCommands<String, byte[]>) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {RedisAsyncCommands.class},
        (proxy, method, args) -> {
          sent.computeIfAbsent(method.getName(), name -> new AtomicInteger()).incrementAndGet();
          try {
            return method.invoke(redis, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private int sent(String command) {
    AtomicInteger count = sent.get(command);
    return count == null ? 0 : count.get();
  }

  private static int granted(AsyncBucketProxy bucket, int asks) {
    int granted = 0;
    for (int i = 0; i < asks; i++) {
      if (bucket.tryConsume(1).join()) {
        granted++;
      }
    }
    return granted;
  }

  @Test
  void aBucketThisWorkerWroteLastIsSwappedWithoutReadingItFirst() {
    AsyncBucketProxy bucket = worker(100);
    assertEquals(1, granted(bucket, 1));
    assertTrue(sent("get") >= 1, "the first permit reads the bucket: " + sent);
    sent.clear();

    assertEquals(10, granted(bucket, 10));
    assertEquals(0, sent("get"), "later permits only send the swap: " + sent);
    assertEquals(10, sent("eval"));
  }

  @Test
  void workersTakingTurnsNeverSpendAStateAnotherOneChanged() {
    AsyncBucketProxy first = worker(5);
    AsyncBucketProxy second = worker(5);

    int granted = 0;
    for (int i = 0; i < 10; i++) {
      granted += granted(i % 2 == 0 ? first : second, 1);
    }
    assertEquals(5, granted, "one window, one budget, however stale each worker's state");
    assertTrue(sent("get") > 2, "a refused swap sends the next read to Redis: " + sent);

    clock.advance(Duration.ofSeconds(1));
    assertEquals(3, granted(first, 3));
    assertEquals(2, granted(second, 3));
  }
}
