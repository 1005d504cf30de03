package io.github.pinterestapi.testing;

import java.time.Instant;

/**
 * One bearer-authenticated API call as the fake counted it against its user's rate limits:
 * whose token it carried, its {@code x-ratelimit-category}, when it arrived by the fake's clock,
 * and the status answered (429 when over the limit).
 *
 * <pre>{@code
 * long limited = fake.userCalls().stream().filter(c -> c.status() == 429).count();
 * }</pre>
 */
public record UserCall(String user, String category, Instant at, int status) {}
