package io.github.pinterestapi.redis;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.time.Clock;
import java.time.Duration;

/**
 * The Lettuce client and connections one {@link RedisFleet} shares among all its users: one for
 * Bucket4j's buckets (string keys, byte values), one for tokens, leases and cool-downs, and one
 * subscribed to refresh announcements. Lettuce multiplexes each connection over all threads.
 */
final class RedisConnections implements AutoCloseable {
  final RedisClient client;
  final StatefulRedisConnection<String, byte[]> buckets;
  final StatefulRedisConnection<String, String> strings;
  final StatefulRedisPubSubConnection<String, String> announcements;
  final AsyncProxyManager<String> bucketProxies;
  final Cooldowns cooldowns;
  private static ClientResources resources;

  RedisConnections(String uri, Duration commandTimeout, Clock clock) {
    RedisURI redisUri = RedisURI.create(uri);
    redisUri.setTimeout(commandTimeout);
    this.client = RedisClient.create(sharedResources(), redisUri);
    // Commands fail after the timeout instead of queueing forever while Redis is away, so the
    // fallback decides quickly; reconnecting goes on in the background.
    client.setOptions(ClientOptions.builder()
        .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
        .build());
    // A connection that cannot be made leaves nothing running behind.
    try {
      this.buckets = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
      this.strings = client.connect(StringCodec.UTF8);
      this.announcements = client.connectPubSub(StringCodec.UTF8);
    } catch (RuntimeException e) {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      throw e;
    }
    this.cooldowns = new Cooldowns(strings.async());
    this.bucketProxies = Bucket4jLettuce.casBasedBuilder(buckets)
        .clientClock(wallClock(clock))
        .requestTimeout(commandTimeout)
        // A bucket outlives its refill by a little, then Redis forgets it.
        .expirationAfterWrite(ExpirationAfterWriteStrategy
            .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
        .build()
        .asAsync();
  }

  RedisCommands<String, String> sync() {
    return strings.sync();
  }

  @Override
  public void close() {
    announcements.close();
    strings.close();
    buckets.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  /**
   * Lettuce's threads and timers, one set for every fleet of the process: a fleet that closes
   * then costs no thread-pool shutdown, and the threads are daemons, so they never keep a JVM
   * alive.
   */
  private static synchronized ClientResources sharedResources() {
    if (resources == null) {
      resources = DefaultClientResources.create();
    }
    return resources;
  }

  /** Bucket4j's clock from ours, so that tests can move time and every worker agrees on windows. */
  static TimeMeter wallClock(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }
}
