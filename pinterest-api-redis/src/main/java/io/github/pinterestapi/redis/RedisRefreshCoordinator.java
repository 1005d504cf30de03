package io.github.pinterestapi.redis;

import io.github.pinterestapi.errors.oauth.RefreshCoordinationException;
import io.github.pinterestapi.extras.oauth.RefreshCoordinator;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.oauth.Token;
import io.lettuce.core.RedisException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One refresh per user across the fleet. In this process, refreshes of one user are merged (one
 * thread at a time, the others get its result). Across processes:
 * <ol>
 *   <li>take the user's lease ({@link RefreshLease}, renewed while the refresh runs), then
 *       re-read the store: a peer may have refreshed already;
 *   <li>refresh from the freshest token, and write the result only if the generation is unchanged;
 *   <li>release the lease (compare-and-delete) and announce the new generation.
 * </ol>
 * A worker that finds the lease taken waits, bounded, for the generation to change and uses the
 * peer's token: it never sends a refresh token a peer may be spending. On {@code invalid_grant}
 * the store is read again before the user is asked to sign in. Without Redis, nothing is
 * refreshed: a {@link RefreshCoordinationException} says so.
 *
 * <pre>{@code
 * Pinterest.builder().tokenStore(user.tokenStore()).refreshCoordinator(user.refreshCoordinator())
 * }</pre>
 */
final class RedisRefreshCoordinator implements RefreshCoordinator {
  /** How often a waiting worker re-reads the store when no announcement arrives. */
  private static final long POLL_MILLIS = 100;
  /** Renews the leases this process holds; a daemon, so it never keeps a JVM alive. */
  private static final ScheduledExecutorService RENEWALS =
      Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "pinterest-refresh-lease-renewal");
        thread.setDaemon(true);
        return thread;
      });

  private final RedisFleet fleet;
  private final RedisTokenStore store;
  private final RefreshLease lease;
  private final String channel;
  private final Object inProcess = new Object();

  RedisRefreshCoordinator(RedisFleet fleet, RedisTokenStore store, RedisKeys keys) {
    this.fleet = fleet;
    this.store = store;
    this.lease = new RefreshLease(fleet, keys.lease(), fleet.settings.refreshLease);
    this.channel = keys.refreshed();
    fleet.announcements.listen(channel);
  }

  @Override
  public Token refresh(Token stale, UnaryOperator<Token> refresh, Predicate<Token> usable) {
    synchronized (inProcess) {
      StoredToken stored = store.loadWithGeneration();
      if (isPeersAnswer(stored, stale, usable)) {
        return stored.token();
      }
      long deadline = System.nanoTime() + fleet.settings.refreshWait.toNanos();
      while (true) {
        long announced = fleet.announcements.count(channel);
        String owner = take();
        if (owner != null) {
          long every = lease.renewEvery().toMillis();
          ScheduledFuture<?> renewal = RENEWALS.scheduleAtFixedRate(() -> lease.renew(owner),
              every, every, TimeUnit.MILLISECONDS);
          try {
            return refreshHoldingLease(stale, refresh, usable);
          } finally {
            renewal.cancel(false);
            lease.release(owner);
            announce();
          }
        }
        stored = store.loadWithGeneration();
        if (isPeersAnswer(stored, stale, usable)) {
          return stored.token();
        }
        long leftMillis = (deadline - System.nanoTime()) / 1_000_000L;
        if (leftMillis <= 0) {
          throw new RefreshCoordinationException("Another worker has held this user's refresh"
              + " lease for longer than " + fleet.settings.refreshWait + "; nothing was refreshed");
        }
        awaitAnnouncement(announced, Math.min(leftMillis, POLL_MILLIS));
      }
    }
  }

  private Token refreshHoldingLease(Token stale, UnaryOperator<Token> refresh,
      Predicate<Token> usable) {
    // Re-read under the lease: a peer may have finished between our read and our lease.
    StoredToken stored = store.loadWithGeneration();
    if (isPeersAnswer(stored, stale, usable)) {
      return stored.token();
    }
    // The freshest token known: a newer stored one (due itself by now), else ours (null: the
    // initial refresh token).
    Token from = stored != null && stored.isNewerThan(stale) ? stored.token() : stale;
    long expected = stored == null ? 0 : stored.generation();
    Token fresh;
    try {
      fresh = refresh.apply(from);
    } catch (SignInRequiredException e) {
      StoredToken again = store.loadWithGeneration();
      if (again != null && again.isNewerThan(from)) {
        return again.token();
      }
      throw e;
    }
    if (store.compareAndSet(expected, store.nextAfter(expected), fresh) < 0) {
      // Only when the lease was lost while refreshing (it expired, or Redis was flushed) and a
      // peer wrote meanwhile. The token Pinterest has just issued is the one sure to work, since
      // refreshing spent the refresh token the peer's write could hold: it wins.
      StoredToken now = store.loadWithGeneration();
      long current = now == null ? 0 : now.generation();
      store.compareAndSet(current, store.nextAfter(current), fresh);
    }
    return fresh;
  }

  /** A token a peer saved that replaces {@code stale} and is fresh enough to use. */
  private static boolean isPeersAnswer(StoredToken stored, Token stale, Predicate<Token> usable) {
    return stored != null && stored.isNewerThan(stale) && usable.test(stored.token());
  }

  private String take() {
    try {
      return lease.tryTake();
    } catch (RedisException e) {
      throw new RefreshCoordinationException("Redis is unreachable, so the refresh lease cannot"
          + " be taken; the token is not refreshed without it", e);
    }
  }

  private void announce() {
    try {
      fleet.connections().sync().publish(channel, "refreshed");
    } catch (RedisException ignored) {
      // Waiters poll too.
    }
  }

  private void awaitAnnouncement(long seen, long millis) {
    try {
      fleet.announcements.await(channel, seen, millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RefreshCoordinationException("Interrupted while waiting for a peer's refresh");
    }
  }
}
