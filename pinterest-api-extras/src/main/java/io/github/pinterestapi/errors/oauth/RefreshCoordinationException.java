package io.github.pinterestapi.errors.oauth;

/**
 * A {@link io.github.pinterestapi.extras.oauth.RefreshCoordinator} could not make a refresh safely: its shared store was unreachable,
 * or a peer holding the refresh lease did not finish in time. Nothing was spent: a coordinator
 * never refreshes without the lease, so trying again later is safe.
 *
 * <pre>{@code
 * } catch (RefreshCoordinationException e) { queue.retryLater(job); }
 * }</pre>
 */
public class RefreshCoordinationException extends OAuthException {
  private static final long serialVersionUID = 1L;

  public RefreshCoordinationException(String message) {
    super(message);
  }

  public RefreshCoordinationException(String message, Throwable cause) {
    super(message, cause);
  }
}
