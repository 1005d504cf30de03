package io.github.pinterestapi.errors;

import okhttp3.Headers;
import io.github.pinterestapi.extras.http.PinterestError;

/**
 * HTTP 404: the Pin, board or other resource does not exist, or is not visible to this user.
 *
 * <pre>{@code
 * } catch (PinterestNotFoundException e) { forgetPin(pinId); }
 * }</pre>
 */
public class PinterestNotFoundException extends PinterestApiException {
  private static final long serialVersionUID = 1L;

  public PinterestNotFoundException(
      String operationId, int statusCode, PinterestError error, Headers headers, String rawBody) {
    super(operationId, statusCode, error, headers, rawBody);
  }
}
