package io.github.pinterestapi.extras.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.oauth.AuthorizationDeniedException;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.StateMismatchException;

class RedirectUriTest {
  @Test
  void readsAnAndroidDeepLink() {
    RedirectUri redirect = RedirectUri.parse("myapp://oauth?code=c%2Fde&state=s-1");

    assertEquals("c/de", redirect.code());
    assertEquals("s-1", redirect.state());
    assertFalse(redirect.isError());
    assertEquals("c/de", redirect.requireCode("s-1"));
  }

  @Test
  void readsAWebCallback() {
    RedirectUri redirect = RedirectUri.parse("https://example.com/cb?state=s&code=abc");

    assertEquals("abc", redirect.requireCode("s"));
  }

  @Test
  void aDeniedAuthorizationBecomesAClearException() {
    RedirectUri redirect = RedirectUri.parse(
        "myapp://oauth?error=access_denied&error_description=User+declined&state=s");

    assertTrue(redirect.isError());
    AuthorizationDeniedException e = assertThrows(AuthorizationDeniedException.class,
        () -> redirect.requireCode("s"));
    assertEquals("access_denied", e.error());
    assertEquals("User declined", e.errorDescription());
  }

  @Test
  void anErrorWithAnotherRequestsStateIsAMismatch() {
    RedirectUri redirect = RedirectUri.parse("myapp://oauth?error=access_denied&state=other");

    assertThrows(StateMismatchException.class, () -> redirect.requireCode("s"));
  }

  @Test
  void neitherCodeNorErrorIsReported() {
    OAuthException e = assertThrows(OAuthException.class,
        () -> RedirectUri.parse("myapp://oauth?state=s").requireCode("s"));
    assertTrue(e.getMessage().contains("neither a code nor an error"));
  }

  @Test
  void readsParametersFromTheFragmentWhenTheQueryHasNone() {
    assertEquals("abc", RedirectUri.parse("myapp://oauth#code=abc&state=s").requireCode("s"));
  }

  @Test
  void toStringHidesTheCode() {
    RedirectUri redirect = RedirectUri.parse("myapp://oauth?code=secret-code-123&state=s");

    assertFalse(redirect.toString().contains("secret-code-123"), redirect.toString());
    assertNull(RedirectUri.parse("myapp://oauth").code());
  }

  @Test
  void anInvalidUriDoesNotEchoItsCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RedirectUri.parse("myapp://oauth?code=secret-code-123&state=s s"));
    assertFalse(e.getMessage().contains("secret-code-123"));
  }
}
