package io.github.pinterestapi.errors;

import okhttp3.Headers;
import io.github.pinterestapi.extras.http.PinterestError;

/**
 * HTTP 403: the token is valid but lacks a scope, or the user may not touch this resource
 * (someone else's board, an ad account without Business Access).
 *
 * <pre>{@code
 * } catch (PinterestPermissionException e) { askForScopes("boards:write"); }
 * }</pre>
 */
public class PinterestPermissionException extends PinterestApiException {
  private static final long serialVersionUID = 1L;

  public PinterestPermissionException(
      String operationId, int statusCode, PinterestError error, Headers headers, String rawBody) {
    super(operationId, statusCode, error, headers, rawBody);
  }
}
