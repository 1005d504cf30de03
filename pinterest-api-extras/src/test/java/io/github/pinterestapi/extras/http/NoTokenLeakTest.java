package io.github.pinterestapi.extras.http;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.REFRESH_TOKEN;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.AppCredentials;
import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.oauth.AccessTokenProvider;
import io.github.pinterestapi.extras.oauth.InMemoryTokenStore;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.errors.oauth.TokenUnavailableException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.PinterestException;

/**
 * No log line, exception message, toString or snapshot of the integrated client (refreshing
 * tokens from a store, app credentials, body logging) ever shows a credential, even when
 * Pinterest echoes them back.
 */
class NoTokenLeakTest {
  private static final String APP_SECRET = "app-secret-value-9f8e7d";
  private static final String NEW_TOKEN = "pina_AMA_refreshed_secret_token_7777";

  @Test
  void credentialsNeverAppearInLogsExceptionsOrToString() throws Exception {
    List<String> texts = Collections.synchronizedList(new ArrayList<>());
    List<Class<?>> failures = new ArrayList<>();
    FakeTime time = new FakeTime();
    InMemoryTokenStore store = new InMemoryTokenStore(Token.builder(TOKEN)
        .refreshToken(REFRESH_TOKEN).accessExpiresAt(time.instant().plus(Duration.ofHours(1)))
        .build());
    try (MockWebServer server = new MockWebServer()) {
      Pinterest pinterest = TestClients.against(server, time)
          .tokenStore(store)
          .appCredentials(AppCredentials.of("1234567", APP_SECRET))
          .retryPolicy(RetryPolicy.none())
          .rateLimitListener(snapshot -> texts.add(snapshot.toString()))
          .logging(texts::add, HttpLogLevel.BODY)
          .build();
      Supplier<Object> getPin = () -> pinterest.pins().get(PinsGetParams.builder()
          .pinId("1")
          .build());

      // 1: 401 echoing the token, a refresh whose answer holds the new token, then the pin.
      server.enqueue(json(401, "{\"code\":2,\"message\":\"Token " + TOKEN + " is revoked\"}"));
      server.enqueue(json(200, "{\"access_token\":\"" + NEW_TOKEN + "\",\"response_type\":"
          + "\"refresh_token\",\"expires_in\":2592000}"));
      server.enqueue(json(200, PIN_JSON));
      // 2-6: a rate limit, an HTML page, a broken body, an echo, a dropped connection.
      server.enqueue(json(429, "{\"code\":29,\"message\":\"slow down\"}")
          .setHeader("X-RateLimit-Remaining", "0").setHeader("X-RateLimit-Reset", "1"));
      server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
          .setBody("<html>upstream said: Authorization: Bearer " + NEW_TOKEN + "</html>"));
      server.enqueue(json(200, "{\"access_token\":\"" + NEW_TOKEN + "\",\"id\":"));
      server.enqueue(json(400, "{\"refresh_token\":\"" + REFRESH_TOKEN + "\"}"));
      server.enqueue(json(200, PIN_JSON).setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
      // 7: 401, and the refresh is an invalid grant echoing the refresh token and app secret.
      server.enqueue(json(401, "{\"code\":2,\"message\":\"Authentication failed\"}"));
      server.enqueue(json(400, "{\"code\":283,\"message\":\"invalid refresh token " + REFRESH_TOKEN
          + "\",\"client_secret\":\"" + APP_SECRET + "\"}"));
      // 8: an API call answering invalid grant, echoing the token.
      server.enqueue(json(400, "{\"code\":283,\"message\":\"grant for " + NEW_TOKEN + " gone\"}"));
      for (int i = 0; i < 8; i++) {
        try {
          getPin.get();
          failures.add(null);
        } catch (PinterestException e) {
          failures.add(e.getClass());
          for (Throwable t = e; t != null; t = t.getCause()) {
            texts.add(t.getMessage());
            texts.add(t.toString());
          }
          if (e instanceof SignInRequiredException) {
            texts.add(new TokenUnavailableException((SignInRequiredException) e).toString());
          }
        }
      }
      assertEquals(11, server.getRequestCount());
      texts.add(pinterest.toString());
      texts.add(pinterest.appCredentials().get().toString());
      texts.add(pinterest.accessTokenProvider().get().toString());
      texts.add(pinterest.oauthClient().toString());
      texts.add(store.toString());
      texts.add(store.load().toString());
      texts.add(AccessTokenProvider.fixed(TOKEN).toString());
      texts.add(AppCredentials.of("1", APP_SECRET).withRefreshToken(REFRESH_TOKEN).toString());
      texts.add(pinterest.rateLimits().all().toString());
      texts.add(PinterestError.parse("{\"code\":1,\"message\":\"" + TOKEN + "\"}").toString());
    }
    assertEquals(null, failures.get(0));
    assertEquals(SignInRequiredException.class, failures.get(6));
    assertEquals(SignInRequiredException.class, failures.get(7));
    assertTrue(texts.size() > 40, "too little was checked: " + texts.size());
    assertTrue(texts.stream().anyMatch(t -> t.contains("/v5/oauth/token")), "token call logged");
    for (String text : texts) {
      for (String secret : new String[] {TOKEN, NEW_TOKEN, REFRESH_TOKEN, APP_SECRET}) {
        assertFalse(text.contains(secret), text);
      }
    }
  }
}
