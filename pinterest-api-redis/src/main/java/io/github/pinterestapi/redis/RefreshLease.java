package io.github.pinterestapi.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.UUID;

/**
 * A user's refresh lease: {@code SET key owner NX PX ttl} takes it, and only its owner releases it
 * (compare-and-delete in Lua), so a worker whose lease expired mid-refresh never deletes the
 * lease a peer took since. The holder renews it while refreshing; a holder that dies stops
 * renewing, and the lease expires within one TTL.
 *
 * <pre>{@code
 * String owner = lease.tryTake();
 * if (owner != null) try { … } finally { lease.release(owner); }
 * }</pre>
 */
final class RefreshLease {
  private static final String RENEW = ""
      + "if redis.call('GET', KEYS[1]) == ARGV[1] then "
      + "  return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end "
      + "return 0";
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
    // The process id says who holds it, for operators (and the fleet test's kill -9).
    String owner = ProcessHandle.current().pid() + ":" + UUID.randomUUID();
    String answer = fleet.connections().sync().set(key, owner, SetArgs.Builder.nx().px(ttl.toMillis()));
    return "OK".equals(answer) ? owner : null;
  }

  /**
   * Extends the lease to a full TTL again if {@code owner} still holds it. A holder renews while
   * its refresh is under way, so a slow token endpoint never lets the lease lapse under a live
   * holder, while a dead holder's lease still lapses within one TTL.
   */
  void renew(String owner) {
    try {
      fleet.connections().sync().eval(RENEW, ScriptOutputType.INTEGER, new String[] {key}, owner,
          Long.toString(ttl.toMillis()));
    } catch (RedisException ignored) {
      // The refresh goes on; if the lease lapses, the compare-and-set on the generation decides.
    }
  }

  /** How often a holder renews: three times per TTL. */
  Duration renewEvery() {
    return ttl.dividedBy(3);
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
