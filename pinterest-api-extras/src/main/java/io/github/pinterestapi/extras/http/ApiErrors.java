package io.github.pinterestapi.extras.http;

import java.time.Instant;
import okhttp3.Headers;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.errors.PinterestAuthenticationException;
import io.github.pinterestapi.errors.PinterestNotFoundException;
import io.github.pinterestapi.errors.PinterestPermissionException;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.errors.PinterestServerException;

/**
 * Chooses the exception for an HTTP error answer, by status and Pinterest's error code.
 *
 * <pre>{@code
 * throw ApiErrors.toException("pins/get", 404, headers, body, clock.instant());
 * }</pre>
 */
final class ApiErrors {
  private ApiErrors() {}

  static PinterestApiException toException(
      String operationId, int status, Headers headers, String body, Instant now) {
    PinterestError error = PinterestError.parse(body);
    if (status == 401 || PinterestAuthenticationException.isInvalidGrant(error)) {
      return new PinterestAuthenticationException(operationId, status, error, headers, body);
    }
    if (status == 403) {
      return new PinterestPermissionException(operationId, status, error, headers, body);
    }
    if (status == 404) {
      return new PinterestNotFoundException(operationId, status, error, headers, body);
    }
    if (status == 429) {
      return new PinterestRateLimitException(
          operationId, status, error, headers, body, WaitHints.serverHint(headers, now));
    }
    if (status >= 500 && status <= 599) {
      return new PinterestServerException(operationId, status, error, headers, body);
    }
    return new PinterestApiException(operationId, status, error, headers, body);
  }
}
