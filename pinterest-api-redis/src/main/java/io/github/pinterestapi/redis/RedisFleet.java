package io.github.pinterestapi.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.lettuce.core.RedisException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * Many workers, one Pinterest app: rate limits and tokens shared through Redis. Make one per
 * process and app, and a {@link RedisFleetUser} per Pinterest user the process acts for; each
 * worker in the fleet points at the same Redis. Thread-safe; {@link #close()} releases the
 * connections.
 *
 * <pre>{@code
 * RedisFleet fleet = RedisFleet.builder("redis://redis.internal:6379")
 *     .appId(appId).fleetSize(8).build();
 * Pinterest pinterest = fleet.user("user-42")
 *     .applyTo(Pinterest.builder().appCredentials(appId, appSecret))
 *     .build();
 * }</pre>
 *
 * <p>Keys start with {@code pinterest:} and carry a Redis Cluster hash tag per app and user.
 */
public final class RedisFleet implements AutoCloseable {
  final RedisFleetSettings settings;
  final Clock clock;
  private volatile RedisConnections redis;
  final RedisHealth health;
  final LocalShare localShare;
  final RefreshAnnouncements announcements;
  private final Map<String, AsyncBucketProxy> buckets = new ConcurrentHashMap<>();
  private final Map<String, RedisFleetUser> users = new ConcurrentHashMap<>();

  RedisFleet(RedisFleetSettings settings) {
    this.settings = settings;
    this.clock = settings.clock;
    this.health = new RedisHealth(settings.unavailableRetry);
    this.localShare = new LocalShare(settings.fleetSize, clock);
    this.announcements = new RefreshAnnouncements();
    try {
      connections();
    } catch (RedisException e) {
      // Workers may start while Redis is away: rate limits fall back, and the next use connects.
    }
  }

  /**
   * The connections, made on first use; Lettuce reconnects them by itself afterwards.
   *
   * @throws RedisException when Redis cannot be reached
   */
  RedisConnections connections() {
    RedisConnections current = redis;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (redis == null) {
        redis = new RedisConnections(settings.uri, settings.commandTimeout, clock);
        announcements.attach(redis.announcements);
      }
      return redis;
    }
  }

  /** Settings for a fleet sharing the Redis at {@code uri}, such as {@code redis://host:6379/0}. */
  public static RedisFleetSettings.Builder builder(String uri) {
    return new RedisFleetSettings.Builder(uri);
  }

  /**
   * The shared state of one Pinterest user, named by a key of your choice (your own user id; not
   * a token, which changes). The same key in every worker means the same budgets and token.
   */
  public RedisFleetUser user(String userKey) {
    if (userKey == null || userKey.isEmpty()) {
      throw new IllegalArgumentException("userKey is required");
    }
    return users.computeIfAbsent(userKey,
        key -> new RedisFleetUser(this, new RedisKeys(settings.keyPrefix, settings.appId, key)));
  }

  /** The app id keys are named by. */
  public String appId() {
    return settings.appId;
  }

  SecretKey tokenKey() {
    return settings.tokenKey;
  }

  AsyncBucketProxy bucket(String key, BucketConfiguration configuration) {
    RedisConnections connections = connections();
    return buckets.computeIfAbsent(key, k -> connections.bucketProxies.builder()
        .build(k, () -> CompletableFuture.completedFuture(configuration)));
  }

  @Override
  public synchronized void close() {
    if (redis != null) {
      redis.close();
    }
  }

  @Override
  public String toString() {
    return "RedisFleet{app=" + settings.appId + ", fleetSize=" + settings.fleetSize
        + ", whenUnavailable=" + settings.whenUnavailable + "}";
  }
}
