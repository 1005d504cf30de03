package io.github.pinterestapi.errors;

import io.github.pinterestapi.internal.Redactor;

/**
 * Pinterest answered with a success status, but the body did not decode into the expected type:
 * malformed JSON, an empty body, or a value of the wrong shape.
 *
 * <pre>{@code
 * } catch (PinterestDecodeException e) {
 *   log.error("cannot read {} answer: {}", e.operationId(), e.getMessage());
 * }
 * }</pre>
 */
public class PinterestDecodeException extends PinterestException {
  private static final long serialVersionUID = 1L;

  /**
   * @param operationId Pinterest's operationId, or null
   * @param expectedType the Java type the body should have become
   * @param snippet a short piece of the body; it is redacted here
   * @param cause what the decoder reported
   */
  public PinterestDecodeException(
      String operationId, String expectedType, String snippet, Throwable cause) {
    super(operationId,
        (operationId == null ? "Pinterest call" : operationId) + " failed: cannot decode the body as "
            + expectedType + ": " + Redactor.shortened(Redactor.safeText(String.valueOf(cause.getMessage())), 500)
            + "; body: " + Redactor.safeText(snippet),
        cause);
  }
}
