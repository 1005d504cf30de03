package io.github.pinterestapi.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Shared cool-downs: when Pinterest says a window is spent ({@code X-RateLimit-Remaining: 0} or a
 * 429), the time it resets is stored so that every worker waits for it instead of collecting
 * 429s. A store only moves the time later, atomically (a Lua script: compare, then SET with a
 * TTL), so an older answer arriving late never shortens a newer cool-down.
 *
 * <pre>{@code
 * cooldowns.extendTo(key, resetAt, now);
 * }</pre>
 */
final class Cooldowns {
  // KEYS[1] cool-down; ARGV[1] reset time (epoch ms); ARGV[2] TTL (ms).
  private static final String EXTEND = ""
      + "local current = tonumber(redis.call('GET', KEYS[1]) or '0') "
      + "if tonumber(ARGV[1]) > current then "
      + "  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 "
      + "end return 0";
  /** Redis forgets a cool-down this long after it ends. */
  private static final long GRACE_MILLIS = 1000;

  private final RedisAsyncCommands<String, String> redis;

  Cooldowns(RedisAsyncCommands<String, String> redis) {
    this.redis = redis;
  }

  /** When the cool-down at {@code key} ends (epoch ms), or 0 when there is none. */
  CompletableFuture<Long> endsAt(String key) {
    return redis.get(key).toCompletableFuture()
        .thenApply(value -> value == null ? 0L : parse(value));
  }

  /** Makes the cool-down at {@code key} last at least until {@code resetAt}. */
  CompletableFuture<Boolean> extendTo(String key, Instant resetAt, Instant now) {
    long ttl = Math.max(1, resetAt.toEpochMilli() - now.toEpochMilli()) + GRACE_MILLIS;
    return redis.<Long>eval(EXTEND, ScriptOutputType.INTEGER, new String[] {key},
            Long.toString(resetAt.toEpochMilli()), Long.toString(ttl))
        .toCompletableFuture().thenApply(changed -> changed == 1L);
  }

  private static long parse(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0L;
    }
  }
}
