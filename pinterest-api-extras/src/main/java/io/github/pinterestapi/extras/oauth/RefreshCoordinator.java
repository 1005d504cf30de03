package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.RefreshCoordinationException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Decides who refreshes a user's token when several processes share it, such as a fleet of
 * workers with one token store on Redis (the {@code pinterest-api-redis} module). Refreshing
 * spends the refresh token, so two processes refreshing at once would lose the user's grant:
 * a coordinator lets one refresh and hands its result to the others.
 *
 * <p>Without one, {@link RefreshingTokenProvider} refreshes in-process, one refresh at a time per
 * provider, which stays the default for a single process. A coordinator saves the token it
 * returns to its own shared store, and throws only {@link OAuthException}s.
 *
 * <pre>{@code
 * RefreshingTokenProvider tokens = RefreshingTokenProvider.builder(oauth, store)
 *     .refreshCoordinator(coordinator).build();
 * }</pre>
 */
public interface RefreshCoordinator {
  /**
   * Replaces {@code stale}: either by a newer token a peer already saved, or by running
   * {@code refresh} once (it spends the refresh token of the token it is given and returns
   * Pinterest's answer) and saving the result.
   *
   * @param stale the token found expired or refused; null when there is none yet and
   *     {@code refresh}, given null, starts from an initial refresh token
   * @param usable whether a token a peer saved is fresh enough for the caller (not within its
   *     refresh skew of expiry); a newer token that is not usable is refreshed in turn
   * @return the token to use from now on
   * @throws OAuthException such as {@link SignInRequiredException} when the grant is gone, or
   *     {@link RefreshCoordinationException} when no refresh could safely be made
   */
  Token refresh(Token stale, UnaryOperator<Token> refresh, Predicate<Token> usable);
}
