package io.github.pinterestapi.errors;

/**
 * A URL Pinterest handed out (an upload or download URL), or one configured for the token
 * endpoint, is plain http to a host that is not this machine. It is refused unsent: its signed
 * query string or form fields would travel in clear text.
 *
 * <pre>{@code
 * } catch (PlainHttpRefusedException e) {
 *   log.error("refusing insecure URL: {}", e.getMessage());
 * }
 * }</pre>
 */
public class PlainHttpRefusedException extends PinterestException {
  private static final long serialVersionUID = 1L;

  public PlainHttpRefusedException(String host) {
    super(null, "Refusing plain http to " + host + ": use https (plain http is accepted only on"
        + " loopback: localhost, 127.0.0.0/8, ::1)", null);
  }
}
