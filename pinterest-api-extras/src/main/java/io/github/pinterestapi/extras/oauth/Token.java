package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Pinterest access token with what is needed to keep it alive: its refresh token, when each
 * expires, and the scopes granted. Immutable; {@link #toString()} never prints either token.
 *
 * <pre>{@code
 * Token token = Token.builder("pina_...").refreshToken("pinr_...")
 *     .accessExpiresAt(Instant.now().plus(Duration.ofDays(30))).build();
 * if (token.isExpired(Clock.systemUTC(), Duration.ofMinutes(5))) { ... }
 * }</pre>
 */
public final class Token {
  private final String accessToken;
  private final String refreshToken;
  private final Instant accessExpiresAt;
  private final Instant refreshExpiresAt;
  private final List<Scope> scopes;

  private Token(Builder builder) {
    this.accessToken = builder.accessToken;
    this.refreshToken = builder.refreshToken;
    this.accessExpiresAt = builder.accessExpiresAt;
    this.refreshExpiresAt = builder.refreshExpiresAt;
    this.scopes = Collections.unmodifiableList(new ArrayList<>(builder.scopes));
  }

  public static Builder builder(String accessToken) {
    return new Builder(accessToken);
  }

  /** A builder holding this token's values, to change some of them. */
  public Builder toBuilder() {
    return new Builder(accessToken).refreshToken(refreshToken).accessExpiresAt(accessExpiresAt)
        .refreshExpiresAt(refreshExpiresAt).scopes(scopes);
  }

  /** The bearer token sent to Pinterest. */
  public String accessToken() {
    return accessToken;
  }

  /** The token that gets a new access token, or null (client-credentials tokens have none). */
  public @Nullable String refreshToken() {
    return refreshToken;
  }

  /** When the access token expires, or null when Pinterest did not say. */
  public @Nullable Instant accessExpiresAt() {
    return accessExpiresAt;
  }

  /** When the refresh token expires, or null when unknown or when there is none. */
  public @Nullable Instant refreshExpiresAt() {
    return refreshExpiresAt;
  }

  /** The scopes granted. */
  public List<Scope> scopes() {
    return scopes;
  }

  /**
   * Whether the access token expires within {@code skew} of now. Refreshing that much early keeps
   * a request from leaving with a token that expires while it travels. A token with no known
   * expiry never counts as expired; a 401 reveals it.
   */
  public boolean isExpired(Clock clock, Duration skew) {
    return accessExpiresAt != null && !clock.instant().plus(skew).isBefore(accessExpiresAt);
  }

  /** Whether a refresh can be attempted: there is a refresh token and it has not expired. */
  public boolean canRefresh(Clock clock) {
    return refreshToken != null
        && (refreshExpiresAt == null || clock.instant().isBefore(refreshExpiresAt));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Token)) {
      return false;
    }
    Token other = (Token) o;
    return accessToken.equals(other.accessToken)
        && Objects.equals(refreshToken, other.refreshToken)
        && Objects.equals(accessExpiresAt, other.accessExpiresAt)
        && Objects.equals(refreshExpiresAt, other.refreshExpiresAt)
        && scopes.equals(other.scopes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, refreshToken, accessExpiresAt, refreshExpiresAt, scopes);
  }

  /** Shows expiries and scopes; the tokens themselves appear only as {@code <redacted>}. */
  @Override
  public String toString() {
    return "Token{accessToken=<redacted>"
        + ", refreshToken=" + (refreshToken == null ? "none" : "<redacted>")
        + ", accessExpiresAt=" + accessExpiresAt
        + ", refreshExpiresAt=" + refreshExpiresAt
        + ", scopes=" + scopes + "}";
  }

  /** Collects a {@link Token}'s values. */
  public static final class Builder {
    private final String accessToken;
    private String refreshToken;
    private Instant accessExpiresAt;
    private Instant refreshExpiresAt;
    private final List<Scope> scopes = new ArrayList<>();

    private Builder(String accessToken) {
      if (accessToken == null || accessToken.isEmpty()) {
        throw new IllegalArgumentException("A token needs its access token");
      }
      this.accessToken = accessToken;
    }

    public Builder refreshToken(@Nullable String refreshToken) {
      this.refreshToken = refreshToken == null || refreshToken.isEmpty() ? null : refreshToken;
      return this;
    }

    public Builder accessExpiresAt(@Nullable Instant accessExpiresAt) {
      this.accessExpiresAt = accessExpiresAt;
      return this;
    }

    public Builder refreshExpiresAt(@Nullable Instant refreshExpiresAt) {
      this.refreshExpiresAt = refreshExpiresAt;
      return this;
    }

    public Builder scopes(Collection<Scope> scopes) {
      this.scopes.clear();
      for (Scope scope : scopes) {
        if (scope != null && !this.scopes.contains(scope)) {
          this.scopes.add(scope);
        }
      }
      return this;
    }

    public Token build() {
      return new Token(this);
    }
  }
}
