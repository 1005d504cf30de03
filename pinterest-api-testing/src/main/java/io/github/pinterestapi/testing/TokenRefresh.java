package io.github.pinterestapi.testing;

import java.time.Instant;

/**
 * One {@code refresh_token} grant the fake answered: for whom (null when the token was unknown),
 * when, and whether it issued a token or refused a refresh token that was already spent.
 *
 * <pre>{@code
 * long spent = fake.tokenRefreshes().stream().filter(TokenRefresh::reusedSpentToken).count();
 * }</pre>
 */
public record TokenRefresh(String user, Instant at, boolean issued, boolean reusedSpentToken) {}
