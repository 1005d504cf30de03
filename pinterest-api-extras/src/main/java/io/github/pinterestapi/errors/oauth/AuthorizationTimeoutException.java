package io.github.pinterestapi.errors.oauth;

/**
 * No redirect arrived in time while waiting for the user to finish signing in.
 *
 * <pre>{@code
 * catch (AuthorizationTimeoutException e) { System.err.println("Sign-in timed out"); }
 * }</pre>
 */
public class AuthorizationTimeoutException extends OAuthException {
  private static final long serialVersionUID = 1L;

  public AuthorizationTimeoutException(String message) {
    super(message);
  }
}
