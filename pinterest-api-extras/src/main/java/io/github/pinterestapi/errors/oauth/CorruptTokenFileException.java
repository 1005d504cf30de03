package io.github.pinterestapi.errors.oauth;

import java.nio.file.Path;

/**
 * The token file holds something other than a token this library wrote (damaged, truncated,
 * replaced). No usable grant is left, so this is a {@link SignInRequiredException}: nothing is
 * sent to Pinterest, and signing in again writes a good file.
 *
 * <pre>{@code
 * } catch (CorruptTokenFileException e) {
 *   Files.deleteIfExists(tokenFile);
 *   startSignIn();
 * }
 * }</pre>
 */
public class CorruptTokenFileException extends SignInRequiredException {
  private static final long serialVersionUID = 1L;

  public CorruptTokenFileException(Path file, String what) {
    super("The token file " + file + " is not a token this library wrote (" + what
        + "); delete it");
  }
}
