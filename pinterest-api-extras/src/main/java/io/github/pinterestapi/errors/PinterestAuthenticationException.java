package io.github.pinterestapi.errors;

import okhttp3.Headers;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.http.PinterestCalls;
import io.github.pinterestapi.extras.http.PinterestError;

/**
 * Pinterest refused the credentials: HTTP 401, or an invalid grant (Pinterest code 283, OAuth
 * {@code invalid_grant}) when a refresh token or authorization code is no longer valid.
 *
 * <p>Through {@code Pinterest.execute}, an invalid grant arrives as the OAuth package's
 * {@code SignInRequiredException} instead (with this exception as its cause), the same type a
 * failed token refresh throws; {@link #isInvalidGrant()} applies the same rule, for code that
 * runs calls with {@link PinterestCalls}. A 401 that reaches the caller means the token was
 * refused and, if the client refreshes tokens, a refreshed one was refused too.
 *
 * <pre>{@code
 * } catch (PinterestAuthenticationException e) {
 *   if (e.isInvalidGrant()) { startSignInAgain(); }
 * }
 * }</pre>
 */
public class PinterestAuthenticationException extends PinterestApiException {
  private static final long serialVersionUID = 1L;

  /** Pinterest's error code for an authorization code or refresh token it no longer accepts. */
  public static final int INVALID_GRANT_CODE = 283;

  private final boolean invalidGrant;

  public PinterestAuthenticationException(
      String operationId, int statusCode, PinterestError error, Headers headers, String rawBody) {
    super(operationId, statusCode, error, headers, rawBody, advice(isInvalidGrant(error)));
    this.invalidGrant = isInvalidGrant(error);
  }

  /** Whether the grant itself is dead, so only a new sign-in helps. */
  public boolean isInvalidGrant() {
    return invalidGrant;
  }

  /** Whether Pinterest's error says the grant is dead (code 283 or {@code invalid_grant}). */
  public static boolean isInvalidGrant(PinterestError error) {
    return error.code() != null && error.code() == INVALID_GRANT_CODE
        || "invalid_grant".equals(error.oauthError());
  }

  private static String advice(boolean invalidGrant) {
    return invalidGrant
        ? "The refresh token or authorization code is no longer valid: the user must sign in again"
        : "The access token is missing, expired or revoked";
  }
}
