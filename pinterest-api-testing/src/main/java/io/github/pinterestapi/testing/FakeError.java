package io.github.pinterestapi.testing;

/**
 * A refusal in Pinterest's error format, {@code {"code": N, "message": "…"}}, thrown by a route
 * and answered by the router.
 */
final class FakeError extends RuntimeException {
  /** Pinterest's code for invalid parameters. */
  static final int INVALID_PARAMETERS = 1;
  /** Pinterest's code for a missing, unknown or expired access token. */
  static final int AUTHENTICATION_FAILED = 2;
  /** Pinterest's code for a rate limit. */
  static final int RATE_LIMITED = 8;
  /** Pinterest's code for an authorization code or refresh token it no longer accepts. */
  static final int INVALID_GRANT = 283;

  final int status;
  final int code;

  FakeError(int status, int code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static FakeError badRequest(String message) {
    return new FakeError(400, INVALID_PARAMETERS, message);
  }

  static FakeError missing(String field) {
    return badRequest("'" + field + "' is a required property");
  }

  static FakeError notFound(int code, String message) {
    return new FakeError(404, code, message);
  }

  static FakeError unauthorized() {
    return new FakeError(401, AUTHENTICATION_FAILED, "Authentication failed.");
  }

  static FakeError invalidGrant(String message) {
    return new FakeError(400, INVALID_GRANT, message);
  }

  static FakeError notServed(String message) {
    return new FakeError(501, 501, message);
  }
}
