package io.github.pinterestapi.extras.http;

import java.time.Duration;
import java.time.Instant;

/**
 * Where rate-limit budgets live when several processes share one Pinterest app, such as Redis
 * (the {@code pinterest-api-redis} module). Without one, each client keeps its own state in
 * memory ({@link RateLimitTracker}), which is right for a single process and stays the default.
 *
 * <p>Before each generated API call the client asks {@link #acquire}; a zero answer means a
 * permit was taken and the call goes now, anything else is how long to wait before asking again.
 * After the response it reports what Pinterest said, so that an exhausted window or a 429 holds
 * back every peer until the reset. Implementations must be thread-safe and should not throw:
 * an unreachable backend is theirs to handle (by falling back or by asking callers to wait).
 *
 * <pre>{@code
 * Pinterest pinterest = Pinterest.builder().accessToken(token)
 *     .rateLimitBackend(redisFleet.user("user-42").rateLimits())
 *     .build();
 * }</pre>
 */
public interface RateLimitBackend {
  /**
   * Takes a permit for {@code call} if one is free at {@code now}.
   *
   * @return zero when the call may be sent now, otherwise how long to wait before asking again
   */
  Duration acquire(RateLimitedCall call, Instant now);

  /**
   * What Pinterest answered to {@code call}: its status and, when the response carried rate-limit
   * headers (or was a 429), the snapshot read from them; otherwise {@code snapshot} is null.
   */
  void onResponse(RateLimitedCall call, int status, RateLimitSnapshot snapshot);
}
