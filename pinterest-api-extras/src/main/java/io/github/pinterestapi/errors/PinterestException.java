package io.github.pinterestapi.errors;

/**
 * The root of every exception this client throws. Unchecked, so calls read like plain Java.
 *
 * <p>Catch a subclass for one kind of failure, or this type for all of them:
 *
 * <pre>{@code
 * try {
 *   Pin pin = pinterest.pins().get(PinsGetParams.builder().pinId(id).build());
 * } catch (PinterestNotFoundException e) {
 *   // gone
 * } catch (PinterestException e) {
 *   log.warn("Pinterest call {} failed: {}", e.operationId(), e.getMessage());
 * }
 * }</pre>
 *
 * <p>Messages and {@code toString()} never contain access tokens, refresh tokens or secrets.
 */
public class PinterestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String operationId;

  /**
   * @param operationId Pinterest's operationId, such as {@code pins/get}, or null if unknown
   * @param message what went wrong; must not contain credentials
   * @param cause the underlying failure, or null
   */
  public PinterestException(String operationId, String message, Throwable cause) {
    super(message, cause);
    this.operationId = operationId;
  }

  /** Pinterest's operationId of the failed call, such as {@code pins/create}; null if unknown. */
  public String operationId() {
    return operationId;
  }
}
