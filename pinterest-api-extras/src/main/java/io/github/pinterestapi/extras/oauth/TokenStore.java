package io.github.pinterestapi.extras.oauth;

import org.jspecify.annotations.Nullable;

/**
 * Where a user's {@link Token} lives between runs: memory, a file, the Android Keystore, a
 * database. {@link RefreshingTokenProvider} reads it once and saves every refreshed token to it.
 *
 * <p>One store holds one user's token; an app serving many users keeps one store per user.
 * Implementations must be safe to call from several threads.
 *
 * <pre>{@code
 * TokenStore store = new FileTokenStore(Paths.get(System.getProperty("user.home"), ".pinterest-token.json"));
 * store.save(oauth.exchangeCode(code, redirectUri));
 * }</pre>
 */
public interface TokenStore {
  /** The stored token, or null when none has been saved. */
  @Nullable Token load();

  /** Replaces the stored token. */
  void save(Token token);

  /** Forgets the stored token, as on sign-out. */
  void clear();
}
