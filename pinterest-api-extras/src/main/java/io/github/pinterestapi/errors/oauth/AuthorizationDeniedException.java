package io.github.pinterestapi.errors.oauth;

/**
 * Pinterest redirected back with an {@code error} instead of a code: typically the user declined
 * ({@code access_denied}), or the request named an unknown redirect URI or scope.
 *
 * <pre>{@code
 * catch (AuthorizationDeniedException e) { show("Pinterest said: " + e.error()); }
 * }</pre>
 */
public class AuthorizationDeniedException extends OAuthException {
  private static final long serialVersionUID = 1L;

  private final String errorDescription;

  public AuthorizationDeniedException(String error, String errorDescription) {
    super("Pinterest did not authorize the app: " + error
        + (errorDescription == null ? "" : " (" + errorDescription + ")"), 0, null, error, null);
    this.errorDescription = errorDescription;
  }

  /** Pinterest's {@code error_description}, or null. */
  public String errorDescription() {
    return errorDescription;
  }
}
