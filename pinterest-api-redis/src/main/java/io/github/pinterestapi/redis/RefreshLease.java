package io.github.pinterestapi.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.UUID;

/**
 * A user's refresh lease: {@code SET key owner NX PX ttl} takes it, and only its owner releases it
 * (compare-and-delete in Lua), so a worker whose lease expired mid-refresh never deletes the
 * lease a peer took since. A holder that dies simply lets it expire.
 *
 * <pre>{@code
 * String owner = lease.tryTake();
 * if (owner != null) try { … } finally { lease.release(owner); }
 * }</pre>
 */
final class RefreshLease {
  private static final String RELEASE = ""
      + "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end "
      + "return 0";

  private final RedisFleet fleet;
  private final String key;
  private final Duration ttl;

  RefreshLease(RedisFleet fleet, String key, Duration ttl) {
    this.fleet = fleet;
    this.key = key;
    this.ttl = ttl;
  }

  /** The owner token if the lease was free and is now ours, else null. */
  String tryTake() {
    String owner = UUID.randomUUID().toString();
    String answer = fleet.connections().sync().set(key, owner, SetArgs.Builder.nx().px(ttl.toMillis()));
    return "OK".equals(answer) ? owner : null;
  }

  /** Releases the lease if {@code owner} still holds it; a failure leaves it to expire. */
  void release(String owner) {
    try {
      fleet.connections().sync().eval(RELEASE, ScriptOutputType.INTEGER, new String[] {key}, owner);
    } catch (RedisException ignored) {
      // The lease expires on its own.
    }
  }
}
