package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.oauth.AuthorizationDeniedException;
import io.github.pinterestapi.errors.oauth.AuthorizationTimeoutException;

class LoopbackRedirectReceiverTest {
  private final OkHttpClient browser = new OkHttpClient();

  private Response visit(String url) throws IOException {
    return browser.newCall(new Request.Builder().url(url).build()).execute();
  }

  @Test
  void returnsTheCodeAndTellsTheBrowserToClose() throws Exception {
    try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
      AuthorizationUrl auth = AuthorizationUrl.builder().clientId("1")
          .redirectUri(receiver.redirectUri()).scopes(Scope.BOARDS_READ).build();
      assertTrue(receiver.redirectUri().matches("http://127\\.0\\.0\\.1:\\d+/callback"));

      try (Response page = visit(receiver.redirectUri() + "?code=abc&state=" + auth.state())) {
        assertEquals(200, page.code());
        assertTrue(page.body().string().contains("You can close this window"));
      }

      assertEquals("abc", receiver.awaitCode(auth.state(), Duration.ofSeconds(30)));
    }
  }

  @Test
  void rejectsAnotherRequestsStateAndKeepsWaiting() throws Exception {
    try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
      receiver.expectState("expected");
      try (Response forged = visit(receiver.redirectUri() + "?code=abc&state=forged")) {
        assertEquals(400, forged.code());
      }
      visit(receiver.redirectUri() + "?code=real&state=expected").close();

      assertEquals("real", receiver.awaitCode("expected", Duration.ofSeconds(30)));
    }
  }

  @Test
  void reportsADeniedAuthorization() throws Exception {
    try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
      visit(receiver.redirectUri() + "?error=access_denied&state=s").close();

      assertThrows(AuthorizationDeniedException.class,
          () -> receiver.awaitCode("s", Duration.ofSeconds(30)));
    }
  }

  @Test
  void givesUpWhenNoRedirectArrives() {
    try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
      AuthorizationTimeoutException e = assertThrows(AuthorizationTimeoutException.class,
          () -> receiver.awaitCode("s", Duration.ofMillis(50)));
      assertTrue(e.getMessage().contains(receiver.redirectUri()));
    }
  }

  @Test
  void otherPathsAreNotTakenForTheRedirect() throws Exception {
    try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start(0, "/")) {
      String root = receiver.redirectUri();
      try (Response favicon = visit(root + "favicon.ico")) {
        assertEquals(404, favicon.code());
      }
      visit(root + "?code=abc&state=s").close();

      assertEquals("abc", receiver.awaitCode("s", Duration.ofSeconds(30)));
    }
  }
}
