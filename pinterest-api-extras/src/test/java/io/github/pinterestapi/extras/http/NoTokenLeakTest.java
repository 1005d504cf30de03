package io.github.pinterestapi.extras.http;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.REFRESH_TOKEN;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.AppCredentials;
import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** No log line, exception message, toString or snapshot ever shows a credential. */
class NoTokenLeakTest {
  private static final String APP_SECRET = "app-secret-value-9f8e7d";

  @Test
  void credentialsNeverAppearInLogsExceptionsOrToString() throws Exception {
    List<String> texts = Collections.synchronizedList(new ArrayList<>());
    try (MockWebServer server = new MockWebServer()) {
      Map<String, String> env = new HashMap<>();
      env.put("PINTEREST_REFRESH_TOKEN", REFRESH_TOKEN);
      env.put("PINTEREST_APP_ID", "1234567");
      env.put("PINTEREST_APP_SECRET", APP_SECRET);
      Pinterest pinterest = TestClients.against(server, new FakeTime())
          .environment(env)
          .retryPolicy(RetryPolicy.none())
          .rateLimitListener(snapshot -> texts.add(snapshot.toString()))
          .logging(texts::add, HttpLogLevel.BODY)
          .build();
      Supplier<Object> getPin = () -> pinterest.execute(pinterest.pins().pinsGet("1", null, null));

      server.enqueue(json(401, "{\"code\":2,\"message\":\"Token " + TOKEN + " is revoked\"}"));
      server.enqueue(json(429, "{\"code\":29,\"message\":\"slow down\"}")
          .setHeader("X-RateLimit-Remaining", "0").setHeader("X-RateLimit-Reset", "1"));
      server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
          .setBody("<html>upstream said: Authorization: Bearer " + TOKEN + "</html>"));
      server.enqueue(json(200, "{\"access_token\":\"" + TOKEN + "\",\"id\":"));
      server.enqueue(json(400, "{\"refresh_token\":\"" + REFRESH_TOKEN + "\"}"));
      server.enqueue(json(200, PIN_JSON).setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
      server.enqueue(json(400, "{\"code\":283,\"message\":\"invalid refresh token\","
          + "\"client_secret\":\"" + APP_SECRET + "\"}"));
      for (int i = 0; i < 7; i++) {
        try {
          getPin.get();
          texts.add("unexpected success");
        } catch (PinterestException e) {
          texts.add(e.getMessage());
          texts.add(e.toString());
          texts.add(String.valueOf(e.getCause()));
        }
      }
      texts.add(pinterest.toString());
      texts.add(pinterest.appCredentials().get().toString());
      texts.add(AccessTokenProvider.of(TOKEN).toString());
      texts.add(AppCredentials.of("1", APP_SECRET).withRefreshToken(REFRESH_TOKEN).toString());
      texts.add(pinterest.rateLimits().all().toString());
      texts.add(PinterestError.parse("{\"code\":1,\"message\":\"" + TOKEN + "\"}").toString());
    }
    assertTrue(texts.size() > 30, "too little was checked: " + texts.size());
    assertFalse(texts.contains("unexpected success"));
    for (String text : texts) {
      assertFalse(text.contains(TOKEN), text);
      assertFalse(text.contains(REFRESH_TOKEN), text);
      assertFalse(text.contains(APP_SECRET), text);
    }
  }
}
