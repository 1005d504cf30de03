package io.github.pinterestapi.redis;

import io.github.pinterestapi.errors.oauth.RefreshCoordinationException;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.extras.oauth.TokenStore;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One user's token in Redis, shared by every worker, with a generation number that every write
 * raises by compare-and-set: a write made from an out-of-date read fails instead of overwriting a
 * newer token. With a key from {@link RedisFleetSettings.Builder#tokenEncryptionKey}, the token
 * is sealed with AES-GCM at rest.
 *
 * <p>Generations never go back, even after the key is lost ({@code FLUSHALL}, a failover without
 * replication): the store remembers the highest generation it has seen in this process and
 * continues from it.
 *
 * <pre>{@code
 * RedisTokenStore store = fleet.user("user-42").tokenStore();
 * store.save(oauth.exchangeCode(code, redirectUri)); // the first token, generation 1
 * }</pre>
 *
 * <p>Redis failures surface as {@link RefreshCoordinationException}, an {@code OAuthException},
 * which the client reports as "no token available" rather than crashing a call.
 */
public final class RedisTokenStore implements TokenStore {
  // KEYS[1] token hash; ARGV[1] expected generation (0: none); ARGV[2] next; ARGV[3] sealed token.
  private static final String COMPARE_AND_SET = ""
      + "local current = tonumber(redis.call('HGET', KEYS[1], 'generation') or '0') "
      + "if current ~= tonumber(ARGV[1]) then return -1 end "
      + "redis.call('HSET', KEYS[1], 'generation', ARGV[2], 'token', ARGV[3]) "
      + "return tonumber(ARGV[2])";
  private static final int SAVE_ATTEMPTS = 5;

  private final RedisFleet fleet;
  private final String key;
  private final TokenCipher cipher;
  private final AtomicLong highestSeen = new AtomicLong();

  RedisTokenStore(RedisFleet fleet, String key) {
    this.fleet = fleet;
    this.key = key;
    this.cipher = new TokenCipher(fleet.tokenKey());
  }

  @Override
  public Token load() {
    StoredToken stored = loadWithGeneration();
    return stored == null ? null : stored.token();
  }

  /** The token and its generation, or null when none is stored. */
  public StoredToken loadWithGeneration() {
    List<KeyValue<String, String>> fields;
    try {
      fields = fleet.connections().sync().hmget(key, "generation", "token");
    } catch (RedisException e) {
      throw unreachable("read", e);
    }
    String generation = fields.get(0).getValueOrElse(null);
    String sealed = fields.get(1).getValueOrElse(null);
    if (generation == null || sealed == null) {
      return null;
    }
    long number;
    try {
      number = Long.parseLong(generation);
    } catch (NumberFormatException e) {
      throw new StoredTokenUnreadableException("The stored generation is not a number");
    }
    seen(number);
    return new StoredToken(number, TokenText.read(cipher.open(sealed, key)));
  }

  /** The stored generation, or 0 when no token is stored. */
  public long generation() {
    StoredToken stored = loadWithGeneration();
    return stored == null ? 0 : stored.generation();
  }

  /**
   * Stores {@code token} only if the stored generation is still {@code expectedGeneration} (0: no
   * token stored).
   *
   * @return the new generation, or -1 when another write came first
   */
  public long compareAndSet(long expectedGeneration, Token token) {
    return compareAndSet(expectedGeneration, nextAfter(expectedGeneration), token);
  }

  long compareAndSet(long expectedGeneration, long nextGeneration, Token token) {
    String sealed = cipher.seal(TokenText.write(token), key);
    Long written;
    try {
      written = fleet.connections().sync().eval(COMPARE_AND_SET, ScriptOutputType.INTEGER,
          new String[] {key}, Long.toString(expectedGeneration), Long.toString(nextGeneration),
          sealed);
    } catch (RedisException e) {
      throw unreachable("write", e);
    }
    if (written != null && written > 0) {
      seen(written);
      return written;
    }
    return -1;
  }

  /** The generation a write after {@code current} gets: never one this process has seen before. */
  long nextAfter(long current) {
    return Math.max(current, highestSeen.get()) + 1;
  }

  /** Replaces the stored token, one generation up, whatever is stored now. */
  @Override
  public void save(Token token) {
    for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      if (compareAndSet(generation(), token) > 0) {
        return;
      }
    }
    throw new RefreshCoordinationException("The token could not be saved: " + SAVE_ATTEMPTS
        + " writes in a row lost to other workers' writes");
  }

  @Override
  public void clear() {
    try {
      fleet.connections().sync().del(key);
    } catch (RedisException e) {
      throw unreachable("clear", e);
    }
  }

  @Override
  public String toString() {
    return "RedisTokenStore{" + key + "}";
  }

  private void seen(long generation) {
    highestSeen.accumulateAndGet(generation, Math::max);
  }

  private static RefreshCoordinationException unreachable(String what, RedisException e) {
    return new RefreshCoordinationException("Redis is unreachable: could not " + what
        + " the shared token (" + e.getClass().getSimpleName() + ")", e);
  }
}
