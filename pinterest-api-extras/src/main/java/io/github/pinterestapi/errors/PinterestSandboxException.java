package io.github.pinterestapi.errors;

/**
 * The client points at Pinterest's sandbox and the operation is one the sandbox does not offer
 * ({@code x-sandbox: disabled}). Thrown before anything is sent.
 *
 * <pre>{@code
 * Pinterest sandbox = Pinterest.builder().sandbox().accessToken(token).build();
 * sandbox.execute(sandbox.pins().pinsAnalytics(...)); // throws PinterestSandboxException
 * }</pre>
 */
public class PinterestSandboxException extends PinterestException {
  private static final long serialVersionUID = 1L;

  public PinterestSandboxException(String operationId) {
    super(operationId,
        operationId + " is not available in Pinterest's sandbox (x-sandbox: disabled); nothing was"
            + " sent. Call it against the production API instead.",
        null);
  }
}
