package io.github.pinterestapi.errors;

import okhttp3.Headers;
import io.github.pinterestapi.extras.http.PinterestError;
import io.github.pinterestapi.extras.http.RetryPolicy;

/**
 * HTTP 5xx: Pinterest (or a proxy in front of it) failed. Idempotent calls were already retried
 * under the client's {@link RetryPolicy} before this was thrown.
 *
 * <pre>{@code
 * } catch (PinterestServerException e) { scheduleLater(job); }
 * }</pre>
 */
public class PinterestServerException extends PinterestApiException {
  private static final long serialVersionUID = 1L;

  public PinterestServerException(
      String operationId, int statusCode, PinterestError error, Headers headers, String rawBody) {
    super(operationId, statusCode, error, headers, rawBody);
  }
}
