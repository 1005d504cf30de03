package io.github.pinterestapi.redis;

/**
 * What a worker's rate limiter does while Redis cannot be reached. Token refreshes never proceed
 * without Redis, whatever this says: a refresh without the fleet's lease could spend a refresh
 * token a peer is spending too.
 *
 * <pre>{@code
 * RedisFleet.builder(uri).appId(appId).fleetSize(8).whenUnavailable(RedisUnavailable.LOCAL_SHARE)
 * }</pre>
 */
public enum RedisUnavailable {
  /**
   * Keep calling within a local bucket of each limit divided by the fleet size: with every worker
   * doing the same, the fleet stays within its budget and keeps working. The default.
   */
  LOCAL_SHARE,
  /**
   * Hold calls back until Redis answers again, failing each one unsent (a rate-limit exception
   * whose {@code wasSent()} is false) once it has waited the client's maximum rate-limit wait.
   */
  WAIT
}
