package io.github.pinterestapi.extras.oauth;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the token in memory only: for tests, short-lived jobs, and apps that persist the token
 * elsewhere.
 *
 * <pre>{@code
 * TokenStore store = new InMemoryTokenStore(token);
 * }</pre>
 */
public final class InMemoryTokenStore implements TokenStore {
  private final AtomicReference<Token> token = new AtomicReference<>();

  /** An empty store. */
  public InMemoryTokenStore() {}

  /** A store holding {@code token}. */
  public InMemoryTokenStore(Token token) {
    this.token.set(token);
  }

  @Override
  public @Nullable Token load() {
    return token.get();
  }

  @Override
  public void save(Token token) {
    if (token == null) {
      throw new IllegalArgumentException("Use clear() to forget the token");
    }
    this.token.set(token);
  }

  @Override
  public void clear() {
    token.set(null);
  }

  @Override
  public String toString() {
    return "InMemoryTokenStore{" + (token.get() == null ? "empty" : "holding a token") + "}";
  }
}
