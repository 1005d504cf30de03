package io.github.pinterestapi.extras.oauth;

import java.time.Clock;
import java.time.Duration;

/**
 * Serves a user's access token, refreshing it shortly before it expires and after Pinterest
 * answers 401, and saving every refreshed token to the {@link TokenStore}.
 *
 * <p>However many threads find the token expired at once, exactly one refresh request goes out;
 * the others wait for it and use its result. {@link #onUnauthorized(String)} refreshes only when
 * the token that failed is still the current one, so requests that failed with an older token
 * simply retry with the newer one.
 *
 * <pre>{@code
 * RefreshingTokenProvider tokens = RefreshingTokenProvider.builder(oauth, store)
 *     .skew(Duration.ofMinutes(5)).build();
 * String bearer = tokens.accessToken();
 * }</pre>
 */
public final class RefreshingTokenProvider implements AccessTokenProvider {
  private final OAuthClient oauth;
  private final TokenStore store;
  private final Clock clock;
  private final Duration skew;
  private final String initialRefreshToken;
  /** Null: refresh in this process only, as a single process should. */
  private final RefreshCoordinator coordinator;
  private final Object refreshLock = new Object();
  /** Read without the lock on the fast path; written only while holding it. */
  private volatile Token current;

  private RefreshingTokenProvider(Builder builder) {
    this.oauth = builder.oauth;
    this.store = builder.store;
    this.clock = builder.clock;
    this.skew = builder.skew;
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
    synchronized (refreshLock) {
      // Whoever held the lock before us may have refreshed already.
      token = currentLocked();
      if (!token.isExpired(clock, skew)) {
        return token.accessToken();
      }
      Token stored = newerStored(token);
      if (stored != null && !stored.isExpired(clock, skew)) {
        current = stored;
        return stored.accessToken();
      }
      return refreshLocked(token).accessToken();
    }
  }

  @Override
  public String onUnauthorized(String failedToken) {
    if (failedToken == null) {
      return null;
    }
    synchronized (refreshLock) {
      Token token = currentLocked();
      if (!failedToken.equals(token.accessToken())) {
        // Already replaced since that request left: retry with the replacement, no refresh.
        return token.accessToken();
      }
      Token stored = newerStored(token);
      if (stored != null) {
        current = stored;
        return stored.accessToken();
      }
      if (!token.canRefresh(clock)) {
        // Nothing to refresh with: let the 401 stand rather than fail the caller differently.
        return null;
      }
      return refreshLocked(token).accessToken();
    }
  }

  /** The token in use, loading it from the store on first use; null if the store is empty. */
  public Token currentToken() {
    Token token = current;
    if (token != null) {
      return token;
    }
    synchronized (refreshLock) {
      if (current == null) {
        current = store.load();
      }
      return current;
    }
  }

  /** Refreshes now, whatever the expiry says, and returns the new token. */
  public Token refreshNow() {
    synchronized (refreshLock) {
      return refreshLocked(currentLocked());
    }
  }

  private Token currentLocked() {
    Token token = current;
    if (token == null) {
      token = store.load();
      if (token == null && initialRefreshToken != null && coordinator != null) {
        token = coordinator.refresh(null, this::refreshFrom, this::isUsable);
        current = token;
        return token;
      }
      if (token == null && initialRefreshToken != null) {
        // Only a refresh token to start from (PINTEREST_REFRESH_TOKEN): the first call gets the
        // access token. The 401 path then finds this fresh token current and does not refresh.
        token = oauth.refresh(initialRefreshToken);
        current = token;
        store.save(token);
        return token;
      }
      if (token == null) {
        throw new SignInRequiredException("No Pinterest token is stored");
      }
      current = token;
    }
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

  private Token refreshLocked(Token token) {
    if (token.refreshToken() == null) {
      throw new SignInRequiredException("The access token expired and there is no refresh token");
    }
    if (coordinator != null) {
      current = coordinator.refresh(token, this::refreshFrom, this::isUsable);
      return current;
    }
    Token refreshed = oauth.refresh(token);
    // In memory first: if saving fails, this process still uses the token Pinterest just issued
    // (its old refresh token may already be spent) and the save error reaches the caller.
    current = refreshed;
    store.save(refreshed);
    return refreshed;
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

  @Override
  public String toString() {
    return "RefreshingTokenProvider{store=" + store + ", skew=" + skew + "}";
  }

  /** Collects a {@link RefreshingTokenProvider}'s settings. */
  public static final class Builder {
    private final OAuthClient oauth;
    private final TokenStore store;
    private Clock clock = Clock.systemUTC();
    private Duration skew = Duration.ofMinutes(5);
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
