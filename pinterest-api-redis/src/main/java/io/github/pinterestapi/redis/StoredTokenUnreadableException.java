package io.github.pinterestapi.redis;

import io.github.pinterestapi.errors.oauth.OAuthException;

/**
 * The token stored in Redis cannot be read: it was sealed with another key, altered, or written
 * in a format this version does not know. The message never contains the token.
 *
 * <pre>{@code
 * } catch (StoredTokenUnreadableException e) { store.clear(); askUserToSignIn(); }
 * }</pre>
 */
public class StoredTokenUnreadableException extends OAuthException {
  private static final long serialVersionUID = 1L;

  public StoredTokenUnreadableException(String message) {
    super(message);
  }
}
