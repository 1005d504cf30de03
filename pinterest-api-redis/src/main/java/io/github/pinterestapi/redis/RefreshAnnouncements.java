package io.github.pinterestapi.redis;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes workers waiting for a peer's refresh. The refreshing worker publishes the user's token
 * key after it releases the lease; every worker of the fleet is subscribed and wakes its waiters
 * for that user. A message can be missed (a reconnect, a flush), so waiters also wake on their
 * own after a short interval and re-read the store: announcements make waiting quick, never
 * correct.
 *
 * <pre>{@code
 * long seen = announcements.count(tokenKey);
 * // re-read the store; if nothing new:
 * announcements.await(tokenKey, seen, 100);
 * }</pre>
 */
final class RefreshAnnouncements {
  private final Map<String, Signal> signals = new ConcurrentHashMap<>();
  private final Map<String, Boolean> subscribed = new ConcurrentHashMap<>();
  private volatile StatefulRedisPubSubConnection<String, String> connection;

  /** Starts listening on {@code pubSub} (made when the fleet first reaches Redis). */
  synchronized void attach(StatefulRedisPubSubConnection<String, String> pubSub) {
    pubSub.addListener(new RedisPubSubAdapter<String, String>() {
      @Override
      public void message(String channel, String message) {
        signal(channel).fire();
      }
    });
    this.connection = pubSub;
    for (String channel : subscribed.keySet()) {
      subscribe(channel);
    }
  }

  /** Subscribes to {@code channel} once; best effort, since waiters also poll. */
  synchronized void listen(String channel) {
    if (subscribed.putIfAbsent(channel, Boolean.TRUE) == null && connection != null) {
      subscribe(channel);
    }
  }

  private void subscribe(String channel) {
    connection.async().subscribe(channel);
  }

  long count(String channel) {
    return signal(channel).count();
  }

  /** Waits up to {@code millis} for an announcement after the {@code seen}th. */
  void await(String channel, long seen, long millis) throws InterruptedException {
    signal(channel).await(seen, millis);
  }

  private Signal signal(String channel) {
    return signals.computeIfAbsent(channel, c -> new Signal());
  }

  /** A counter waiters block on; counting avoids losing a wake-up that comes before the wait. */
  private static final class Signal {
    private long count;

    synchronized void fire() {
      count++;
      notifyAll();
    }

    synchronized long count() {
      return count;
    }

    synchronized void await(long seen, long millis) throws InterruptedException {
      long end = System.nanoTime() + millis * 1_000_000L;
      while (count == seen) {
        long left = (end - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
          return;
        }
        wait(left);
      }
    }
  }
}
