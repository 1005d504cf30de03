package io.github.pinterestapi.errors.oauth;

/**
 * The {@code state} that came back with a redirect is not the one this app sent, so the redirect
 * did not answer our authorization request (a forged or stale link). The code must not be used.
 *
 * <pre>{@code
 * catch (StateMismatchException e) { showSignInScreen(); }
 * }</pre>
 */
public class StateMismatchException extends OAuthException {
  private static final long serialVersionUID = 1L;

  public StateMismatchException(String message) {
    super(message);
  }
}
