package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.oauth.StateMismatchException;

class AuthorizationUrlTest {
  private static AuthorizationUrl.Builder pinterestApp() {
    return AuthorizationUrl.builder().clientId("1234567").redirectUri("myapp://oauth/callback")
        .scopes(Scope.BOARDS_READ, Scope.PINS_READ);
  }

  @Test
  void urlCarriesEveryParameterPinterestExpects() {
    AuthorizationUrl auth = pinterestApp().state("fixed-state").build();

    assertEquals("https://www.pinterest.com/oauth/?client_id=1234567"
        + "&redirect_uri=myapp%3A%2F%2Foauth%2Fcallback&response_type=code"
        + "&scope=boards:read,pins:read&state=fixed-state", auth.url());
    assertEquals("myapp://oauth/callback", auth.redirectUri());
  }

  @Test
  void eachBuildMakesANewUnguessableUrlSafeState() {
    AuthorizationUrl first = pinterestApp().build();
    AuthorizationUrl second = pinterestApp().build();

    assertNotEquals(first.state(), second.state());
    // 32 random bytes in URL-safe base64 without padding.
    assertTrue(first.state().matches("[A-Za-z0-9_-]{43}"), first.state());
    assertTrue(first.url().endsWith("&state=" + first.state()));
  }

  @Test
  void codeFromReturnsTheCodeWhenTheStateMatches() {
    AuthorizationUrl auth = pinterestApp().build();

    String code = auth.codeFrom("myapp://oauth/callback?code=abc123&state=" + auth.state());

    assertEquals("abc123", code);
  }

  @Test
  void codeFromRejectsAnotherRequestsState() {
    AuthorizationUrl auth = pinterestApp().build();

    StateMismatchException e = assertThrows(StateMismatchException.class,
        () -> auth.codeFrom("myapp://oauth/callback?code=abc123&state=forged"));
    assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    assertFalse(e.getMessage().contains("abc123"));
  }

  @Test
  void codeFromRejectsARedirectWithoutState() {
    AuthorizationUrl auth = pinterestApp().build();

    assertThrows(StateMismatchException.class,
        () -> auth.codeFrom("myapp://oauth/callback?code=abc123"));
  }

  @Test
  void stateComparisonIsExact() {
    AuthorizationUrl auth = pinterestApp().state("abc").build();

    assertTrue(auth.stateMatches("abc"));
    assertFalse(auth.stateMatches("abcd"));
    assertFalse(auth.stateMatches("ab"));
    assertFalse(auth.stateMatches(""));
    assertFalse(auth.stateMatches(null));
  }

  @Test
  void requiresClientRedirectAndScopes() {
    assertThrows(IllegalStateException.class,
        () -> AuthorizationUrl.builder().redirectUri("x://y").scopes(Scope.PINS_READ).build());
    assertThrows(IllegalStateException.class,
        () -> AuthorizationUrl.builder().clientId("1").scopes(Scope.PINS_READ).build());
    assertThrows(IllegalStateException.class,
        () -> AuthorizationUrl.builder().clientId("1").redirectUri("x://y").build());
  }
}
