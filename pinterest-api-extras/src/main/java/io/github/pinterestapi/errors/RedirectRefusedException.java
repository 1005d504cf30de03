package io.github.pinterestapi.errors;

/**
 * The server answered with a redirect that the client does not follow: to another origin while
 * the request carried credentials, from https to plain http, for a method other than GET or
 * HEAD, or after too many redirects. Nothing was sent to the redirect's target.
 *
 * <pre>{@code
 * } catch (RedirectRefusedException e) {
 *   log.warn("{} answered {} towards {}", e.operationId(), e.statusCode(), e.target());
 * }
 * }</pre>
 */
public class RedirectRefusedException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String target;

  /**
   * @param statusCode the redirect's status, such as 307
   * @param target the origin it pointed to (scheme, host and port only: no path or query)
   * @param reason why it was not followed
   */
  public RedirectRefusedException(String operationId, int statusCode, String target, String reason) {
    super(operationId, (operationId == null ? "Pinterest call" : operationId)
        + " was answered HTTP " + statusCode + " towards " + target + "; not followed: " + reason,
        null);
    this.statusCode = statusCode;
    this.target = target;
  }

  /** The redirect's HTTP status. */
  public int statusCode() {
    return statusCode;
  }

  /** The origin the redirect pointed to, such as {@code https://example.com:443}. */
  public String target() {
    return target;
  }
}
