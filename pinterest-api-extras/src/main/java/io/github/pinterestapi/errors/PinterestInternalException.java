package io.github.pinterestapi.errors;

/**
 * Something failed inside the client or a library it runs, not in Pinterest's answer: an
 * {@code Error} such as {@code StackOverflowError} or {@code OutOfMemoryError}, or an unexpected
 * exception from an interceptor. The original is the cause. Whether the request reached
 * Pinterest is unknown, so treat a write as possibly done.
 *
 * <pre>{@code
 * } catch (PinterestInternalException e) {
 *   log.error("client failure in {}", e.operationId(), e.getCause());
 * }
 * }</pre>
 */
public class PinterestInternalException extends PinterestException {
  private static final long serialVersionUID = 1L;

  public PinterestInternalException(String operationId, Throwable cause) {
    super(operationId, (operationId == null ? "Pinterest call" : operationId)
        + " failed inside the client: " + cause.getClass().getName(), cause);
  }

  /** {@code failure} as a {@link PinterestException}: itself when it is one, else wrapped. */
  public static PinterestException of(String operationId, Throwable failure) {
    return failure instanceof PinterestException ? (PinterestException) failure
        : new PinterestInternalException(operationId, failure);
  }
}
