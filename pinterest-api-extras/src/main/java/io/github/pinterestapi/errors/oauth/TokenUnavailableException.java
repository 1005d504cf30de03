package io.github.pinterestapi.errors.oauth;

import java.io.IOException;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.extras.oauth.AccessTokenInterceptor;

/**
 * The {@link AccessTokenInterceptor} could not get a token for a request; {@link #getCause()} is
 * the {@link OAuthException} (often a {@link SignInRequiredException}) that says why.
 *
 * <p>It is an {@link IOException} because that is what an OkHttp interceptor may throw: an
 * unchecked exception from an interceptor would kill OkHttp's dispatcher thread on asynchronous
 * calls. {@code Pinterest.execute} and {@code executeAsync} unwrap it (any {@code IOException}
 * whose cause is a {@code PinterestException} is such a refusal, and is never retried); code that
 * runs the OkHttp call itself rethrows {@link #oauthException()}.
 *
 * <pre>{@code
 * catch (TokenUnavailableException e) { throw e.oauthException(); }
 * }</pre>
 */
public final class TokenUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  public TokenUnavailableException(OAuthException cause) {
    super(cause.getMessage(), cause);
  }

  /** The reason, to rethrow unchecked. */
  public OAuthException oauthException() {
    return (OAuthException) getCause();
  }
}
