package io.github.pinterestapi.testing;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.PinterestBuilder;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinUpdate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Builders and canned answers shared by the tests. */
public final class TestClients {
  /** Shaped like a Pinterest access token, so redaction by shape is exercised too. */
  public static final String TOKEN = "pina_AMA_test_secret_access_token_4242";
  public static final String REFRESH_TOKEN = "pinr_AMA_test_secret_refresh_token_4242";
  public static final String PIN_JSON = "{\"id\":\"123\",\"title\":\"Lighthouse\"}";

  private TestClients() {}

  /** A client for {@code server} sending {@link #TOKEN}, on fake time, no jitter, short timeouts. */
  public static PinterestBuilder against(MockWebServer server, FakeTime time) {
    return withoutToken(server, time).accessToken(TOKEN);
  }

  /** As {@link #against}, with no token setting. */
  public static PinterestBuilder withoutToken(MockWebServer server, FakeTime time) {
    return Pinterest.builder()
        .baseUrl(server.url("/v5/").toString())
        .clock(time)
        .sleeper(time)
        .random(() -> 0.0)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .writeTimeout(Duration.ofSeconds(2));
  }

  public static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setBody(body);
  }

  public static MockResponse pinterestError(int status, int code, String message) {
    return json(status, "{\"code\":" + code + ",\"message\":\"" + message + "\"}")
        .setHeader("x-pinterest-rid", "rid-" + status);
  }

  public static PinCreate newPin() {
    return new PinCreate().boardId("board-1").title("Lighthouse");
  }

  public static PinUpdate pinUpdate() {
    return new PinUpdate().title("Lighthouse at dusk");
  }

  /** The next request the server recorded, or fails when there is none within a second. */
  public static RecordedRequest taken(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the server received no further request");
    }
    return request;
  }
}
