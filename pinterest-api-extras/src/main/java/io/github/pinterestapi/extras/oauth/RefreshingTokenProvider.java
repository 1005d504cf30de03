package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.errors.oauth.RefreshCoordinationException;
import java.time.Clock;
import java.time.Duration;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;

/**
 * Serves a user's access token, refreshing it shortly before it expires and after Pinterest
 * answers 401, and saving every refreshed token to the {@link TokenStore}.
 *
 * <p>However many threads find the token expired at once, exactly one refresh request goes out;
 * the others wait for it and share its outcome, success or failure. A wait lasts at most
 * {@link Builder#maxWait(Duration)} (20 s by default), ends when the thread is interrupted, and
 * ends when the waiting call is cancelled. {@link #onUnauthorized(String)} refreshes only when
 * the token that failed is still the current one, so requests that failed with an older token
 * simply retry with the newer one.
 *
 * <p>The store is the truth shared with other processes: before refreshing, and again before
 * declaring that sign-in is required, it is read again, and a token another process saved there
 * is used. A refresh token Pinterest refused ({@code invalid_grant}) is never sent again: calls
 * fail at once with {@link SignInRequiredException}, sending nothing, until the store holds a
 * different token.
 *
 * <p>With a {@link RefreshCoordinator} (a fleet sharing one store), the coordinator decides which
 * process refreshes; if it cannot decide safely (its store is unreachable), a token that has not
 * actually expired yet is still served, and only an expired one fails.
 *
 * <pre>{@code
 * RefreshingTokenProvider tokens = RefreshingTokenProvider.builder(oauth, store)
 *     .skew(Duration.ofMinutes(5)).build();
 * String bearer = tokens.accessToken();
 * }</pre>
 */
public final class RefreshingTokenProvider implements AccessTokenProvider {
  /** The longest a thread waits for a refresh another thread is making, by default. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(20);

  private final OAuthClient oauth;
  private final TokenStore store;
  private final Clock clock;
  private final Duration skew;
  private final Duration maxWait;
  private final String initialRefreshToken;
  /** Null: refresh in this process only, as a single process should. */
  private final RefreshCoordinator coordinator;
  private final RefreshFlight flight = new RefreshFlight();
  /** Read without the flight on the fast path; written only by the flight's one refresher. */
  private volatile Token current;
  /** The refresh token Pinterest refused last; never sent again. */
  private volatile String deadRefreshToken;

  private RefreshingTokenProvider(Builder builder) {
    this.oauth = builder.oauth;
    this.store = builder.store;
    this.clock = builder.clock;
    this.skew = builder.skew;
    this.maxWait = builder.maxWait;
    this.initialRefreshToken = builder.initialRefreshToken;
    this.coordinator = builder.coordinator;
  }

  /** A provider whose tokens come from {@code store} and are refreshed through {@code oauth}. */
  public static Builder builder(OAuthClient oauth, TokenStore store) {
    return new Builder(oauth, store);
  }

  @Override
  public String accessToken() {
    Token token = current;
    if (token != null && !token.isExpired(clock, skew)) {
      return token.accessToken();
    }
    return flight.join(() -> usable(null), maxWait).accessToken();
  }

  @Override
  public String onUnauthorized(String failedToken) {
    if (failedToken == null) {
      return null;
    }
    Token token = current;
    if (token != null && !failedToken.equals(token.accessToken())) {
      return token.accessToken(); // Already replaced since that request left: no refresh.
    }
    String usable = flight.join(() -> usable(failedToken), maxWait).accessToken();
    // The same token back means nothing could replace it: let the 401 stand.
    return usable.equals(failedToken) ? null : usable;
  }

  /** The token in use, loading it from the store on first use; null if the store is empty. */
  public Token currentToken() {
    Token token = current;
    return token != null ? token : store.load();
  }

  /** Refreshes now, whatever the expiry says, and returns the new token. */
  public Token refreshNow() {
    return flight.join(() -> refresh(loaded()), maxWait);
  }

  /**
   * A token to send: the current one if it still serves, one another process stored, or a
   * refreshed one. With {@code failed} set (after a 401), the current token if it differs from
   * it, or {@code failed} itself when there is nothing to refresh with (the 401 then stands).
   * Runs only inside the flight, so one thread at a time.
   */
  private Token usable(String failed) {
    Token token = loaded();
    if (failed == null ? !token.isExpired(clock, skew) : !failed.equals(token.accessToken())) {
      return token;
    }
    Token stored = newerStored(token);
    if (stored != null && (failed != null || !stored.isExpired(clock, skew))) {
      current = stored;
      return stored;
    }
    if (failed != null && !token.canRefresh(clock)) {
      return token;
    }
    return refresh(token);
  }

  private Token loaded() {
    Token token = current;
    if (token != null) {
      return token;
    }
    token = store.load();
    if (token == null && initialRefreshToken != null) {
      // Only a refresh token to start from (PINTEREST_REFRESH_TOKEN): the first call gets the
      // access token. The 401 path then finds this fresh token current and does not refresh.
      requireAlive(initialRefreshToken);
      if (coordinator != null) {
        current = coordinator.refresh(null, this::refreshFrom, this::isUsable);
        return current;
      }
      token = refreshed(() -> oauth.refresh(initialRefreshToken), initialRefreshToken, null);
      return token;
    }
    if (token == null) {
      throw new SignInRequiredException("No Pinterest token is stored");
    }
    current = token;
    return token;
  }

  /** A token another process (or instance) saved since we loaded ours, or null. */
  private Token newerStored(Token token) {
    Token stored = store.load();
    if (stored == null || stored.accessToken().equals(token.accessToken())) {
      return null;
    }
    // A stored token that expires earlier than ours is a leftover (a save that failed), not news.
    boolean later = stored.accessExpiresAt() == null || token.accessExpiresAt() == null
        || stored.accessExpiresAt().isAfter(token.accessExpiresAt());
    return later ? stored : null;
  }

  private Token refresh(Token token) {
    if (token.refreshToken() != null && token.refreshToken().equals(deadRefreshToken)) {
      Token stored = store.load();
      if (stored == null || stored.accessToken().equals(token.accessToken())) {
        requireAlive(token.refreshToken()); // Throws: nothing is sent.
      }
      current = stored; // Someone signed in again, or refreshed elsewhere: start over with it.
      if (!stored.isExpired(clock, skew)) {
        return stored;
      }
      token = stored;
      requireAlive(token.refreshToken());
    }
    if (token.refreshToken() == null) {
      throw new SignInRequiredException("The access token expired and there is no refresh token");
    }
    if (coordinator != null) {
      return coordinated(token);
    }
    Token from = token;
    return refreshed(() -> oauth.refresh(from), from.refreshToken(), from);
  }

  /** A fleet refresh; the coordinator saves the result to the shared store itself. */
  private Token coordinated(Token token) {
    try {
      current = coordinator.refresh(token, this::refreshFrom, this::isUsable);
      return current;
    } catch (RefreshCoordinationException e) {
      // Nothing was spent. A token inside its refresh skew still works: keep serving it.
      if (!token.isExpired(clock, Duration.ZERO)) {
        return token;
      }
      throw e;
    }
  }

  private boolean isUsable(Token token) {
    return !token.isExpired(clock, skew);
  }

  /** What a coordinator runs: a refresh from {@code token}, or from the initial refresh token. */
  private Token refreshFrom(Token token) {
    if (token != null) {
      return oauth.refresh(token);
    }
    if (initialRefreshToken == null) {
      throw new SignInRequiredException("No Pinterest token is stored");
    }
    return oauth.refresh(initialRefreshToken);
  }

  /**
   * Runs a refresh and keeps its result. On an invalid grant, the store is read again first:
   * another process sharing it may have refreshed (spending this refresh token), and its token
   * is then used; otherwise the refresh token is remembered as dead.
   */
  private Token refreshed(java.util.function.Supplier<Token> refresh, String refreshToken,
      Token previous) {
    Token refreshed;
    try {
      refreshed = refresh.get();
    } catch (SignInRequiredException e) {
      Token stored = store.load();
      boolean elsewhere = stored != null && !refreshToken.equals(stored.refreshToken())
          && (previous == null || !stored.accessToken().equals(previous.accessToken()));
      if (elsewhere && !stored.isExpired(clock, skew)) {
        current = stored;
        return stored;
      }
      deadRefreshToken = refreshToken;
      throw e;
    }
    // In memory first: if saving fails, this process still uses the token Pinterest just issued
    // (its old refresh token may already be spent) and the save error reaches the caller.
    current = refreshed;
    store.save(refreshed);
    return refreshed;
  }

  private void requireAlive(String refreshToken) {
    if (refreshToken != null && refreshToken.equals(deadRefreshToken)) {
      throw new SignInRequiredException("Pinterest refused this refresh token already (invalid"
          + " grant); it is not sent again until the token store holds another token");
    }
  }

  @Override
  public String toString() {
    return "RefreshingTokenProvider{store=" + store + ", skew=" + skew + ", maxWait=" + maxWait
        + "}";
  }

  /** Collects a {@link RefreshingTokenProvider}'s settings. */
  public static final class Builder {
    private final OAuthClient oauth;
    private final TokenStore store;
    private Clock clock = Clock.systemUTC();
    private Duration skew = Duration.ofMinutes(5);
    private Duration maxWait = DEFAULT_MAX_WAIT;
    private String initialRefreshToken;
    private RefreshCoordinator coordinator;

    private Builder(OAuthClient oauth, TokenStore store) {
      if (oauth == null || store == null) {
        throw new IllegalArgumentException("oauth and store are required");
      }
      this.oauth = oauth;
      this.store = store;
    }

    /** The clock expiries are compared with; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** How long before expiry to refresh; five minutes by default. */
    public Builder skew(Duration skew) {
      if (skew == null || skew.isNegative()) {
        throw new IllegalArgumentException("skew must be zero or positive");
      }
      this.skew = skew;
      return this;
    }

    /**
     * The longest a thread waits for a refresh that another thread is making; it then fails with
     * an {@link OAuthException}. 20 s by default.
     */
    public Builder maxWait(Duration maxWait) {
      if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
        throw new IllegalArgumentException("maxWait must be positive");
      }
      this.maxWait = maxWait;
      return this;
    }

    /**
     * A refresh token to start from while the store is empty, as when only
     * {@code PINTEREST_REFRESH_TOKEN} is known: the first call refreshes with it and saves the
     * result.
     */
    public Builder initialRefreshToken(String refreshToken) {
      this.initialRefreshToken =
          refreshToken == null || refreshToken.trim().isEmpty() ? null : refreshToken.trim();
      return this;
    }

    /**
     * Who decides which process refreshes, when several share the store; null (the default)
     * refreshes in this process, one refresh at a time.
     */
    public Builder refreshCoordinator(RefreshCoordinator coordinator) {
      this.coordinator = coordinator;
      return this;
    }

    public RefreshingTokenProvider build() {
      if (clock == null) {
        throw new IllegalArgumentException("clock is required");
      }
      return new RefreshingTokenProvider(this);
    }
  }
}
