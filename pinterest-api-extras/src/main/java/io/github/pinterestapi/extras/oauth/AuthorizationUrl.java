package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import io.github.pinterestapi.errors.oauth.AuthorizationDeniedException;
import io.github.pinterestapi.errors.oauth.StateMismatchException;

/**
 * The page on pinterest.com where a user lets an app act for them, with a fresh random
 * {@code state} that ties the redirect back to this request.
 *
 * <p>Open {@link #url()} in a browser (or a Custom Tab), keep {@link #state()} until the redirect
 * arrives (on Android, across process death), then read the code with {@link #codeFrom(String)}
 * or {@link RedirectUri#requireCode(String)}.
 *
 * <pre>{@code
 * AuthorizationUrl auth = AuthorizationUrl.builder().clientId(appId)
 *     .redirectUri("myapp://oauth").scopes(Scope.BOARDS_READ, Scope.PINS_READ).build();
 * browser.open(auth.url());
 * // later, on the redirect:
 * Token token = oauth.exchangeCode(auth.codeFrom(redirect), auth.redirectUri());
 * }</pre>
 */
public final class AuthorizationUrl {
  /** Pinterest's authorization page, as the description's OAuth flow names it. */
  public static final String PINTEREST_AUTHORIZE = "https://www.pinterest.com/oauth/";

  private final String url;
  private final String state;
  private final String redirectUri;
  private final List<Scope> scopes;

  private AuthorizationUrl(Builder builder, String state) {
    this.state = state;
    this.redirectUri = builder.redirectUri;
    this.scopes = Collections.unmodifiableList(new ArrayList<>(builder.scopes));
    String base = builder.authorizeUrl;
    this.url = base + (base.indexOf('?') < 0 ? "?" : "&")
        + "client_id=" + OAuthStrings.percentEncode(builder.clientId, "")
        + "&redirect_uri=" + OAuthStrings.percentEncode(redirectUri, "")
        + "&response_type=code"
        // ':' and ',' are legal in a query and Pinterest documents the list unescaped.
        + "&scope=" + OAuthStrings.percentEncode(Scope.join(scopes), ":,")
        + "&state=" + OAuthStrings.percentEncode(state, "");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The URL to open in the user's browser. */
  public String url() {
    return url;
  }

  /** The state sent in the URL; keep it to check the redirect. */
  public String state() {
    return state;
  }

  /** The redirect URI sent in the URL; the code exchange must send the same one. */
  public String redirectUri() {
    return redirectUri;
  }

  /** The scopes asked for. */
  public List<Scope> scopes() {
    return scopes;
  }

  /**
   * The code in {@code redirect}, after checking its state against this request's.
   *
   * @throws StateMismatchException if the redirect answers another request
   * @throws AuthorizationDeniedException if the user declined
   */
  public String codeFrom(String redirect) {
    return RedirectUri.parse(redirect).requireCode(state);
  }

  /** Whether {@code returnedState} is this request's state; compared in constant time. */
  public boolean stateMatches(String returnedState) {
    return OAuthStrings.constantTimeEquals(state, returnedState);
  }

  @Override
  public String toString() {
    return url;
  }

  /** Collects the parts of an {@link AuthorizationUrl}; {@link #build()} makes a new state each time. */
  public static final class Builder {
    private String clientId;
    private String redirectUri;
    private final List<Scope> scopes = new ArrayList<>();
    private String state;
    private SecureRandom random;
    private String authorizeUrl = PINTEREST_AUTHORIZE;

    private Builder() {}

    /** The app id from the Pinterest developer portal. */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /** A redirect URI registered for the app, exactly as registered. */
    public Builder redirectUri(String redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    public Builder scopes(Scope... scopes) {
      return scopes(Arrays.asList(scopes));
    }

    public Builder scopes(Collection<Scope> scopes) {
      for (Scope scope : scopes) {
        if (scope == null) {
          throw new IllegalArgumentException("A scope is null");
        }
        if (!this.scopes.contains(scope)) {
          this.scopes.add(scope);
        }
      }
      return this;
    }

    /**
     * Uses this state instead of a random one: for an app that makes its own, or for tests.
     * It must be unguessable, or the state check protects nothing.
     */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /** The source of random states; a new {@link SecureRandom} by default. */
    public Builder random(SecureRandom random) {
      this.random = random;
      return this;
    }

    /** Another authorization page, such as a fake Pinterest in tests. */
    public Builder authorizeUrl(String authorizeUrl) {
      this.authorizeUrl = authorizeUrl;
      return this;
    }

    public AuthorizationUrl build() {
      require(clientId, "clientId");
      require(redirectUri, "redirectUri");
      require(authorizeUrl, "authorizeUrl");
      if (scopes.isEmpty()) {
        throw new IllegalStateException("At least one scope is required, such as Scope.BOARDS_READ");
      }
      if (state != null && state.isEmpty()) {
        throw new IllegalStateException("The state must not be empty");
      }
      String chosen = state;
      if (chosen == null) {
        chosen = OAuthStrings.randomState(random != null ? random : new SecureRandom());
      }
      return new AuthorizationUrl(this, chosen);
    }

    private static void require(String value, String name) {
      if (value == null || value.isEmpty()) {
        throw new IllegalStateException(name + " is required");
      }
    }
  }
}
