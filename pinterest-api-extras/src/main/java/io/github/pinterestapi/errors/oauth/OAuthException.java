package io.github.pinterestapi.errors.oauth;

import io.github.pinterestapi.errors.PinterestException;

/**
 * Signing in or refreshing a token failed. A {@link PinterestException}, so one catch covers API
 * and sign-in failures alike.
 *
 * <p>When Pinterest answered, {@link #httpStatus()} and whichever error fields it sent are kept;
 * messages never contain a token, a code or an app secret.
 *
 * <pre>{@code
 * try { token = oauth.exchangeCode(code, redirectUri); }
 * catch (SignInRequiredException e) { startSignIn(); }
 * catch (OAuthException e) { log.warn(e.getMessage()); }
 * }</pre>
 */
public class OAuthException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final Integer pinterestCode;
  private final String error;

  public OAuthException(String message) {
    this(message, 0, null, null, null);
  }

  public OAuthException(String message, Throwable cause) {
    this(message, 0, null, null, cause);
  }

  /**
   * @param httpStatus the HTTP status Pinterest answered with, or 0 when there was no answer
   * @param pinterestCode Pinterest's numeric error {@code code}, or null
   * @param error the OAuth {@code error} (such as {@code invalid_grant}), or null
   */
  public OAuthException(String message, int httpStatus, Integer pinterestCode, String error,
      Throwable cause) {
    this(null, message, httpStatus, pinterestCode, error, cause);
  }

  /** As above, for a failure that showed on another operation (an API call's invalid grant). */
  protected OAuthException(String operationId, String message, int httpStatus,
      Integer pinterestCode, String error, Throwable cause) {
    super(operationId, message, cause);
    this.httpStatus = httpStatus;
    this.pinterestCode = pinterestCode;
    this.error = error;
  }

  /** The HTTP status of Pinterest's answer, or 0 when the failure happened before one arrived. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Pinterest's numeric error code (its {@code code} field), or null when it sent none. */
  public Integer pinterestCode() {
    return pinterestCode;
  }

  /** The OAuth error name ({@code invalid_grant}, {@code access_denied}, ...), or null. */
  public String error() {
    return error;
  }
}
