package io.github.pinterestapi.redis;

import io.github.pinterestapi.extras.oauth.Token;

/**
 * A token as Redis holds it, with its generation: 1 for the first token saved, one more for each
 * replacement. Immutable.
 *
 * <pre>{@code
 * StoredToken stored = store.loadWithGeneration();
 * store.compareAndSet(stored.generation(), refreshed);
 * }</pre>
 */
public final class StoredToken {
  private final long generation;
  private final Token token;

  StoredToken(long generation, Token token) {
    this.generation = generation;
    this.token = token;
  }

  public long generation() {
    return generation;
  }

  public Token token() {
    return token;
  }

  /**
   * Whether this is a newer token than {@code other}: another access token that does not expire
   * earlier (an earlier one is a leftover, not news). Everything is newer than nothing.
   */
  boolean isNewerThan(Token other) {
    if (other == null) {
      return true;
    }
    if (token.accessToken().equals(other.accessToken())) {
      return false;
    }
    return token.accessExpiresAt() == null || other.accessExpiresAt() == null
        || !token.accessExpiresAt().isBefore(other.accessExpiresAt());
  }

  @Override
  public String toString() {
    return "StoredToken{generation=" + generation + ", token=" + token + "}";
  }
}
