package io.github.pinterestapi.redis;

import io.github.pinterestapi.EnvironmentExtension;
import io.github.pinterestapi.PinterestBuilder;
import io.github.pinterestapi.extras.oauth.Token;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets {@code Pinterest.fromEnv()} join a fleet when this module is on the class path:
 * <ul>
 *   <li>{@code PINTEREST_REDIS_URI}: the Redis to share state through (nothing happens without it);
 *   <li>{@code PINTEREST_REDIS_USER}: whose budgets and token these are ({@code default});
 *   <li>{@code PINTEREST_REDIS_FLEET_SIZE}: workers sharing the budgets (1), for the fallback
 *       while Redis is unreachable;
 *   <li>{@code PINTEREST_APP_ID}: names the keys (budgets are per app).
 * </ul>
 * Rate limits are always shared. With the app's id and secret, tokens are too: the store starts
 * from {@code PINTEREST_ACCESS_TOKEN} and {@code PINTEREST_REFRESH_TOKEN} if it is empty, and is
 * refreshed once for the fleet. One {@link RedisFleet} per URI and app is kept for the process.
 *
 * <pre>{@code
 * // PINTEREST_REDIS_URI=redis://redis:6379 PINTEREST_REDIS_USER=user-42 java -jar worker.jar
 * Pinterest pinterest = Pinterest.fromEnv();
 * }</pre>
 */
public final class RedisEnvironment implements EnvironmentExtension {
  static final String URI = "PINTEREST_REDIS_URI";
  static final String USER = "PINTEREST_REDIS_USER";
  static final String FLEET_SIZE = "PINTEREST_REDIS_FLEET_SIZE";
  private static final Map<String, RedisFleet> FLEETS = new ConcurrentHashMap<>();

  @Override
  public void apply(Map<String, String> env, PinterestBuilder builder) {
    String uri = value(env, URI);
    if (uri == null) {
      return;
    }
    String appId = value(env, "PINTEREST_APP_ID");
    String app = appId == null ? "default" : appId;
    int size = fleetSize(value(env, FLEET_SIZE));
    RedisFleet fleet = FLEETS.computeIfAbsent(uri + "\n" + app, k -> RedisFleet.builder(uri)
        .appId(app).fleetSize(size).build());
    String userKey = value(env, USER);
    RedisFleetUser user = fleet.user(userKey == null ? "default" : userKey);
    builder.rateLimitBackend(user.rateLimits());
    if (appId == null || value(env, "PINTEREST_APP_SECRET") == null) {
      return;
    }
    String access = value(env, "PINTEREST_ACCESS_TOKEN");
    String refresh = value(env, "PINTEREST_REFRESH_TOKEN");
    if (access != null && refresh != null) {
      // The first worker seeds the store; the others (and later runs) keep what is there.
      user.tokenStore().compareAndSet(0, Token.builder(access).refreshToken(refresh).build());
    }
    user.applyTo(builder);
  }

  private static int fleetSize(String value) {
    if (value == null) {
      return 1;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(FLEET_SIZE + " must be a whole number of workers");
    }
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }
}
