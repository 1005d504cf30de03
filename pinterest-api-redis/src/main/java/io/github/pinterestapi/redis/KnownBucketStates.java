package io.github.pinterestapi.redis;

import io.github.bucket4j.redis.consts.LuaScripts;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bucket4j's Lettuce integration as it is, minus one round trip: Bucket4j reads a bucket's state
 * ({@code GET}), computes, then writes it with its compare-and-swap script, which writes only if
 * Redis still holds the state it read. This process usually wrote that state itself, so the read
 * is answered from the state its last successful write left, and only the script goes to Redis.
 * A stale answer is safe: the script compares it with what Redis holds and refuses, and Bucket4j
 * retries from a real read. So no permit is ever granted from a state Redis does not hold.
 *
 * <p>After a refused swap (another worker wrote in between) the next reads of that key go to
 * Redis, so that a bucket many workers share costs Bucket4j's usual two round trips, not three.
 *
 * <pre>{@code
 * Bucket4jLettuce.casBasedBuilder(KnownBucketStates.around(connection.async()))
 * }</pre>
 */
final class KnownBucketStates implements InvocationHandler {
  /** How many reads go to Redis after a refused swap, before this process trusts its own again. */
  private static final int READS_AFTER_A_REFUSAL = 8;

  private final RedisAsyncCommands<String, byte[]> redis;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private KnownBucketStates(RedisAsyncCommands<String, byte[]> redis) {
    this.redis = redis;
  }

  /** {@code redis}, with Bucket4j's reads answered from this process's writes where it can. */
  @SuppressWarnings("unchecked")
  static RedisAsyncCommands<String, byte[]> around(RedisAsyncCommands<String, byte[]> redis) {
    return (RedisAsyncCommands<String, byte[]>) Proxy.newProxyInstance(
        KnownBucketStates.class.getClassLoader(), new Class<?>[] {RedisAsyncCommands.class},
        new KnownBucketStates(redis));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    int count = args == null ? 0 : args.length;
    if (name.equals("get") && count == 1 && args[0] instanceof String) {
      RedisFuture<byte[]> answered = answer((String) args[0]);
      if (answered != null) {
        return answered;
      }
    }
    Object result;
    try {
      result = method.invoke(redis, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (name.equals("eval") && count == 4 && args[0] instanceof String) {
      return watchWrite((String) args[0], (Object[]) args[2], (Object[]) args[3],
          (RedisFuture<?>) result);
    } else if (name.equals("del") && count == 1 && args[0] instanceof Object[]) {
      for (Object key : (Object[]) args[0]) {
        known.remove(key);
      }
    }
    return result;
  }

  /** The state this process last wrote at {@code key}, or null to ask Redis. */
  private RedisFuture<byte[]> answer(String key) {
    Known current = known.get(key);
    if (current == null) {
      return null;
    }
    if (current.readsFromRedis > 0) {
      known.replace(key, current, new Known(current.state, current.readsFromRedis - 1));
      return null;
    }
    return current.state == null ? null : new Answered<>(current.state);
  }

  /**
   * Keeps what Bucket4j's scripts wrote, and forgets the state when a swap is refused, before
   * Bucket4j hears the answer: its caller may ask again at once, and must find the new state.
   */
  private RedisFuture<?> watchWrite(String script, Object[] keys, Object[] argv,
      RedisFuture<?> result) {
    byte[] written;
    if (script.equals(LuaScripts.SCRIPT_COMPARE_AND_SWAP_PX)
        || script.equals(LuaScripts.SCRIPT_COMPARE_AND_SWAP)) {
      written = (byte[]) argv[1];
    } else if (script.equals(LuaScripts.SCRIPT_SET_NX_PX)
        || script.equals(LuaScripts.SCRIPT_SET_NX)) {
      written = (byte[]) argv[0];
    } else {
      return result;
    }
    String key = (String) keys[0];
    Relayed<Object> relayed = new Relayed<>(result);
    // Lettuce completes one connection's commands in the order Redis ran them, so the last
    // completion seen holds the latest state this process wrote.
    result.whenComplete((swapped, failed) -> {
      if (Boolean.TRUE.equals(swapped)) {
        known.compute(key, (k, before) ->
            new Known(written, before == null ? 0 : before.readsFromRedis));
      } else {
        known.put(key, new Known(null, READS_AFTER_A_REFUSAL));
      }
      if (failed != null) {
        relayed.completeExceptionally(failed);
      } else {
        relayed.complete(swapped);
      }
    });
    return relayed;
  }

  /** A bucket's state as this process last wrote it, and how many reads to send to Redis. */
  private static final class Known {
    final byte[] state;
    final int readsFromRedis;

    Known(byte[] state, int readsFromRedis) {
      this.state = state;
      this.readsFromRedis = readsFromRedis;
    }
  }

  /** A script's answer, passed on once this process has noted what it wrote. */
  private static final class Relayed<V> extends CompletableFuture<V> implements RedisFuture<V> {
    private final RedisFuture<?> sent;

    Relayed(RedisFuture<?> sent) {
      this.sent = sent;
    }

    @Override
    public String getError() {
      return sent.getError();
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
      try {
        get(timeout, unit);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        // Done, with a failure, as Lettuce's await reports it.
      }
      return true;
    }
  }

  /** A read answered without Redis. */
  private static final class Answered<V> extends CompletableFuture<V> implements RedisFuture<V> {
    Answered(V value) {
      complete(value);
    }

    @Override
    public String getError() {
      return null;
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) {
      return true;
    }
  }
}
