package io.github.pinterestapi.errors.oauth;

import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.extras.oauth.AuthorizationUrl;

/**
 * No usable grant is left: the user has to sign in again.
 *
 * <p>Thrown when Pinterest rejects a code or refresh token as an invalid grant (its error code 283
 * or OAuth's {@code invalid_grant}), whether the token endpoint said so during a refresh (before
 * expiry or after an API call's 401) or an API call answered with it; when the refresh token has
 * expired; and when no token was ever stored. Retrying cannot help; send the user through
 * {@link AuthorizationUrl} again.
 *
 * <pre>{@code
 * catch (SignInRequiredException e) { showSignInScreen(); }
 * }</pre>
 */
public class SignInRequiredException extends OAuthException {
  private static final long serialVersionUID = 1L;

  public SignInRequiredException(String reason) {
    super(reason + "; sign in again");
  }

  public SignInRequiredException(String reason, int httpStatus, Integer pinterestCode,
      String error) {
    super(reason + "; sign in again", httpStatus, pinterestCode, error, null);
  }

  /**
   * An API call answered with an invalid grant; {@code apiError} (the cause) keeps the status,
   * headers and request id.
   */
  public SignInRequiredException(PinterestApiException apiError) {
    super(apiError.operationId(), apiError.getMessage(), apiError.statusCode(), apiError.code(),
        "invalid_grant", apiError);
  }
}
