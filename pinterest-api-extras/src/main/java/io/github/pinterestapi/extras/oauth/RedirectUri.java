package io.github.pinterestapi.extras.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import io.github.pinterestapi.errors.oauth.AuthorizationDeniedException;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.StateMismatchException;

/**
 * The URI Pinterest sent the user back to after authorization: an Android deep link such as
 * {@code myapp://oauth?code=...&state=...}, or any web or loopback callback.
 *
 * <p>{@link #requireCode(String)} is the safe way to read it: it checks the {@code state} first,
 * then turns an {@code error} into {@link AuthorizationDeniedException}.
 *
 * <pre>{@code
 * String code = RedirectUri.parse(intent.getData().toString()).requireCode(savedState);
 * }</pre>
 */
public final class RedirectUri {
  private final String code;
  private final String state;
  private final String error;
  private final String errorDescription;

  private RedirectUri(Map<String, String> parameters) {
    this.code = emptyToNull(parameters.get("code"));
    this.state = emptyToNull(parameters.get("state"));
    // Shown in messages and logs: no control characters (no forged log lines, no terminal codes).
    this.error = emptyToNull(OAuthStrings.printable(parameters.get("error")));
    this.errorDescription = emptyToNull(OAuthStrings.printable(parameters.get("error_description")));
  }

  /** Reads the parameters of {@code uri}'s query (or, if it has none, of its fragment). */
  public static RedirectUri parse(String uri) {
    if (uri == null) {
      throw new IllegalArgumentException("The redirect URI is null");
    }
    URI parsed;
    try {
      parsed = new URI(uri.trim());
    } catch (URISyntaxException e) {
      // The message would echo the URI, code included, so say only where it broke.
      throw new IllegalArgumentException("The redirect URI is not a valid URI (at index "
          + e.getIndex() + ")");
    }
    Map<String, String> parameters = OAuthStrings.parseParameters(parsed.getRawQuery());
    if (parameters.isEmpty()) {
      parameters = OAuthStrings.parseParameters(parsed.getRawFragment());
    }
    return new RedirectUri(parameters);
  }

  /**
   * The authorization code, after checking that the redirect answers the request that sent
   * {@code expectedState}.
   *
   * @throws StateMismatchException if the state is missing or differs
   * @throws AuthorizationDeniedException if Pinterest sent an error instead of a code
   * @throws OAuthException if there is neither a code nor an error
   */
  public String requireCode(String expectedState) {
    if (expectedState == null || expectedState.isEmpty()) {
      throw new IllegalArgumentException("The expected state is required to check the redirect");
    }
    if (error != null) {
      // An error carries no code, so an absent state is harmless here; a wrong one is not ours.
      if (state != null && !OAuthStrings.constantTimeEquals(expectedState, state)) {
        throw mismatch();
      }
      throw new AuthorizationDeniedException(error, errorDescription);
    }
    if (state == null) {
      throw new StateMismatchException("The redirect carries no state, so it cannot be matched to "
          + "this sign-in; ignore it and sign in again");
    }
    if (!OAuthStrings.constantTimeEquals(expectedState, state)) {
      throw mismatch();
    }
    if (code == null) {
      throw new OAuthException("The redirect carries neither a code nor an error");
    }
    return code;
  }

  /** Whether this redirect carries {@code expectedState}, compared in constant time. */
  boolean answers(String expectedState) {
    return state != null && OAuthStrings.constantTimeEquals(expectedState, state);
  }

  private static StateMismatchException mismatch() {
    return new StateMismatchException("The redirect's state does not match the one this app sent: "
        + "it answers another sign-in or was forged; ignore it and sign in again");
  }

  /** The authorization code, unchecked; prefer {@link #requireCode(String)}. */
  public String code() {
    return code;
  }

  /** The state Pinterest echoed back, or null. */
  public String state() {
    return state;
  }

  /** The OAuth error, such as {@code access_denied}, or null when there is none. */
  public String error() {
    return error;
  }

  /** Pinterest's description of the error, or null. */
  public String errorDescription() {
    return errorDescription;
  }

  /** Whether Pinterest sent an error instead of a code. */
  public boolean isError() {
    return error != null;
  }

  /** Says which parts are present; never prints the code. */
  @Override
  public String toString() {
    return "RedirectUri{code=" + (code == null ? "absent" : "<redacted>")
        + ", state=" + (state == null ? "absent" : "present")
        + (error == null ? "" : ", error=" + error)
        + (errorDescription == null ? "" : ", error_description=" + errorDescription) + "}";
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
