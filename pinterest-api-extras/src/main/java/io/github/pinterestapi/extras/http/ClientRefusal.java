package io.github.pinterestapi.extras.http;

import java.io.IOException;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.errors.PinterestSandboxException;

/**
 * Carries a {@link PinterestException} out of an interceptor that refused to send a request.
 *
 * <p>OkHttp only delivers {@link IOException}s from interceptors to async callbacks (other
 * exceptions crash its dispatcher thread), so refusals travel as this and {@link PinterestCalls}
 * unwraps them. Other interceptors do the same with their own {@code IOException} type (the
 * OAuth package's {@code TokenUnavailableException}): any {@code IOException} whose cause is a
 * {@link PinterestException} is a refusal, never retried, and unwrapped to that cause.
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

  /** The exception {@code e} carries out of an interceptor that refused to send, or null. */
  static PinterestException reasonOf(IOException e) {
    return e.getCause() instanceof PinterestException ? (PinterestException) e.getCause() : null;
  }
}
