package io.github.pinterestapi.redis;

import io.github.pinterestapi.PinterestBuilder;
import io.github.pinterestapi.extras.http.RateLimitBackend;
import io.github.pinterestapi.extras.oauth.RefreshCoordinator;

/**
 * One Pinterest user's shared state in a {@link RedisFleet}: rate-limit budgets, the token store
 * and the refresh coordinator, bound to each other. Thread-safe; obtain it from
 * {@link RedisFleet#user(String)}.
 *
 * <pre>{@code
 * RedisFleetUser user = fleet.user("user-42");
 * Pinterest pinterest = user.applyTo(Pinterest.builder().appCredentials(appId, appSecret)).build();
 * }</pre>
 */
public final class RedisFleetUser {
  private final RedisKeys keys;
  private final RedisRateLimits rateLimits;
  private final RedisTokenStore tokenStore;
  private final RedisRefreshCoordinator coordinator;

  RedisFleetUser(RedisFleet fleet, RedisKeys keys) {
    this.keys = keys;
    this.rateLimits = new RedisRateLimits(fleet, keys);
    this.tokenStore = new RedisTokenStore(fleet, keys.token());
    this.coordinator = new RedisRefreshCoordinator(fleet, tokenStore, keys);
  }

  /** The budgets, for {@code PinterestBuilder.rateLimitBackend(…)}. */
  public RateLimitBackend rateLimits() {
    return rateLimits;
  }

  /** The shared token, for {@code PinterestBuilder.tokenStore(…)}. */
  public RedisTokenStore tokenStore() {
    return tokenStore;
  }

  /** One refresh across the fleet, for {@code PinterestBuilder.refreshCoordinator(…)}. */
  public RefreshCoordinator refreshCoordinator() {
    return coordinator;
  }

  /**
   * Sets all three on {@code builder}: shared rate limits, and tokens from this user's store,
   * refreshed once for the fleet (which needs the app's credentials on the builder).
   */
  public PinterestBuilder applyTo(PinterestBuilder builder) {
    return builder.rateLimitBackend(rateLimits).tokenStore(tokenStore)
        .refreshCoordinator(coordinator);
  }

  @Override
  public String toString() {
    return "RedisFleetUser{" + keys.token() + "}";
  }
}
