package io.github.pinterestapi.extras.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.oauth.AuthorizationDeniedException;

/**
 * Nothing but the redirect with the expected state ends the wait: hijack attempts get a 400 and
 * the real redirect still gets through, even behind a connection that never finishes its request.
 */
class LoopbackReceiverHijackTest {
  private static final String STATE = "the-real-state";
  private final OkHttpClient browser = new OkHttpClient();

  private int visit(String url) throws IOException {
    try (Response response = browser.newCall(new Request.Builder().url(url).build()).execute()) {
      return response.code();
    }
  }

  @Test
  void hijacksAreRefusedAndTheRealRedirectStillEndsTheWait() throws Exception {
    try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
      receiver.expectState(STATE);
      String uri = receiver.redirectUri();
      assertEquals(400, visit(uri));
      assertEquals(400, visit(uri + "?code=stolen"));
      assertEquals(400, visit(uri + "?code=stolen&state=guess"));
      assertEquals(400, visit(uri + "?error=access_denied"));
      assertEquals(400, visit(uri + "?error=access_denied&state=guess"));
      assertEquals(200, visit(uri + "?code=real&state=" + STATE));
      assertEquals("real", receiver.awaitCode(STATE, Duration.ofSeconds(10)));
    }
  }

  @Test
  void aDenialWithTheRightStateEndsTheWaitAsDenied() throws Exception {
    try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
      receiver.expectState(STATE);
      visit(receiver.redirectUri() + "?error=access_denied&state=guess");
      visit(receiver.redirectUri() + "?error=access_denied&error_description=No%0D%0AFAKE%1B%5B31m"
          + "&state=" + STATE);
      AuthorizationDeniedException e = assertThrows(AuthorizationDeniedException.class,
          () -> receiver.awaitCode(STATE, Duration.ofSeconds(10)));
      assertFalse(e.getMessage().chars().anyMatch(Character::isISOControl), e.getMessage());
    }
  }

  @Test
  void aHalfSentRequestDoesNotStallTheRealRedirect() throws Exception {
    try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start();
        Socket stalled = new Socket("127.0.0.1", new URL(receiver.redirectUri()).getPort())) {
      OutputStream half = stalled.getOutputStream();
      half.write("GET /callback?code=x&sta".getBytes(StandardCharsets.US_ASCII));
      half.flush();
      receiver.expectState(STATE);
      String code = assertTimeoutPreemptively(Duration.ofSeconds(4), () -> {
        assertEquals(200, visit(receiver.redirectUri() + "?code=real&state=" + STATE));
        return receiver.awaitCode(STATE, Duration.ofSeconds(3));
      });
      assertEquals("real", code);
    }
  }

  @Test
  void aRedirectBeforeTheStateIsKnownIsJudgedOnceItIs() throws Exception {
    try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
      Thread early = new Thread(() -> {
        try {
          visit(receiver.redirectUri() + "?code=early&state=" + STATE);
        } catch (IOException ignored) {
          // The assertion below tells.
        }
      });
      early.start();
      assertTrue(receiver.awaitCode(STATE, Duration.ofSeconds(5)).equals("early"));
      early.join();
    }
  }
}
