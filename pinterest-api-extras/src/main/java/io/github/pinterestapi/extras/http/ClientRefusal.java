package io.github.pinterestapi.extras.http;

import java.io.IOException;

/**
 * Carries a {@link PinterestException} out of an interceptor that refused to send a request.
 *
 * <p>OkHttp only delivers {@link IOException}s from interceptors to async callbacks (other
 * exceptions crash its dispatcher thread), so refusals travel as this and {@link PinterestCalls}
 * unwraps them.
 *
 * <pre>{@code
 * throw new ClientRefusal(new PinterestSandboxException(operationId));
 * }</pre>
 */
final class ClientRefusal extends IOException {
  private static final long serialVersionUID = 1L;

  ClientRefusal(PinterestException reason) {
    super(reason.getMessage(), reason);
  }

  PinterestException reason() {
    return (PinterestException) getCause();
  }
}
