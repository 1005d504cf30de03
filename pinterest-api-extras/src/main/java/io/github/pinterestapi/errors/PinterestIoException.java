package io.github.pinterestapi.errors;

import java.io.IOException;
import io.github.pinterestapi.internal.Redactor;

/**
 * The network failed: no connection, a timeout, or a connection that closed mid-answer. Calls
 * that were safe to resend were retried first; a POST that may have reached Pinterest was not.
 *
 * <pre>{@code
 * } catch (PinterestIoException e) {
 *   // e.operationId() says which call; e.getCause() is the IOException
 * }
 * }</pre>
 */
public class PinterestIoException extends PinterestException {
  private static final long serialVersionUID = 1L;

  public PinterestIoException(String operationId, IOException cause) {
    super(operationId,
        (operationId == null ? "Pinterest call" : operationId) + " failed: network error: "
            + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + Redactor.text(cause.getMessage())),
        cause);
  }

  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
