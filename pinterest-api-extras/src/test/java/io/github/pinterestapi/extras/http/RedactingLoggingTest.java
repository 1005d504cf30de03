package io.github.pinterestapi.extras.http;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.REFRESH_TOKEN;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.OauthTokenParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.internal.Redactor;

class RedactingLoggingTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pinterest = TestClients.against(server, new FakeTime())
        .logging(lines::add, HttpLogLevel.BODY).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private String log() {
    return String.join("\n", lines);
  }

  @Test
  void basicLevelLogsRequestAndStatusOnly() {
    pinterest = pinterest.newBuilder().logging(lines::add, HttpLogLevel.BASIC).build();
    server.enqueue(json(200, PIN_JSON));
    pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
    assertEquals(2, lines.size(), log());
    assertTrue(lines.get(0).startsWith("--> GET http://"), lines.get(0));
    assertTrue(lines.get(0).endsWith("/v5/pins/123 (pins/get)"), lines.get(0));
    assertTrue(lines.get(1).startsWith("<-- 200 OK http://"), lines.get(1));
  }

  @Test
  void authorizationHeaderIsMasked() {
    server.enqueue(json(200, PIN_JSON));
    pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
    assertTrue(lines.contains("Authorization: ██"), log());
    assertTrue(log().contains("User-Agent: pinterest-api-java/"), log());
    assertTrue(log().contains("\"title\":\"Lighthouse\""), log());
    assertFalse(log().contains(TOKEN), log());
  }

  @Test
  void oauthFormAndTokenResponseAreMasked() {
    server.enqueue(json(200, "{\"access_token\":\"" + TOKEN + "\",\"refresh_token\":\""
        + REFRESH_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":2592000,"
        + "\"response_type\":\"refresh_token\",\"scope\":\"pins:read\"}"));
    pinterest.oauth().token(OauthTokenParams.builder()
        .grantType("refresh_token")
        .code("auth-code-secret")
        .refreshToken(REFRESH_TOKEN)
        .scope("pins:read")
        .continuousRefresh(true)
        .build());
    String log = log();
    assertTrue(log.contains("grant_type=refresh_token&code=██&refresh_token=██&scope=pins%3Aread"
        + "&continuous_refresh=true"), log);
    assertTrue(log.contains("\"access_token\":\"██\",\"refresh_token\":\"██\",\"token_type\":\"bearer\""),
        log);
    assertFalse(log.contains("auth-code-secret"), log);
    assertFalse(log.contains(REFRESH_TOKEN), log);
    assertFalse(log.contains(TOKEN), log);
  }

  @Test
  void jsonPasswordsAndClientSecretsAndQueryTokensAreMasked() throws IOException {
    server.enqueue(new MockResponse().setResponseCode(204));
    Request request = new Request.Builder()
        .url(server.url("/v5/things?access_token=" + TOKEN + "&page=2"))
        .post(RequestBody.create("{\"username\":\"ann\",\"password\":\"hunter2\","
            + "\"client_secret\":\"s3cr3t\",\"code\":283}", MediaType.get("application/json")))
        .build();
    pinterest.httpClient().newCall(request).execute().close();
    String log = log();
    assertTrue(log.contains("access_token=%E2%96%88%E2%96%88&page=2"), log);
    assertTrue(log.contains("\"username\":\"ann\",\"password\":\"██\",\"client_secret\":\"██\","
        + "\"code\":283"), log);
    assertFalse(log.contains("hunter2") || log.contains("s3cr3t") || log.contains(TOKEN), log);
  }

  @Test
  void s3UploadFieldsAreMaskedAndNoBearerIsSent() throws Exception {
    try (MockWebServer s3 = new MockWebServer()) {
      s3.enqueue(new MockResponse().setResponseCode(204));
      MultipartBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
          .addFormDataPart("key", "uploads/video.mp4")
          .addFormDataPart("policy", "eyJleHBpcmF0aW9uIjoi")
          .addFormDataPart("x-amz-credential", "AKIAEXAMPLE/20250101/us-east-1/s3/aws4_request")
          .addFormDataPart("x-amz-signature", "abcdef0123456789")
          .addFormDataPart("file", "video.mp4",
              RequestBody.create(new byte[2048], MediaType.get("video/mp4")))
          .build();
      try (Response response = pinterest.httpClient().newCall(
          new Request.Builder().url(s3.url("/")).post(form).build()).execute()) {
        assertEquals(204, response.code());
      }
      String log = log();
      assertTrue(log.contains("key=uploads/video.mp4 policy=██ x-amz-credential=██ "
          + "x-amz-signature=██ file=<2048-byte>"), log);
      assertFalse(log.contains("AKIAEXAMPLE") || log.contains("abcdef0123456789")
          || log.contains("eyJleHBpcmF0aW9uIjoi"), log);
      assertEquals(null, s3.takeRequest().getHeader("Authorization"));
    }
  }

  @Test
  void everyRetryAttemptIsLogged() {
    pinterest = pinterest.newBuilder().logging(lines::add, HttpLogLevel.BASIC).build();
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, PIN_JSON));
    pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
    assertEquals(4, lines.size(), log());
    assertTrue(lines.get(1).startsWith("<-- 503"), log());
  }

  @Test
  void redactorText() {
    assertEquals("Bearer ██ and ██ left", Redactor.text("Bearer " + TOKEN + " and " + REFRESH_TOKEN + " left"));
    assertEquals("pins_list stays", Redactor.text("pins_list stays"));
    assertEquals("a=1&client_secret=██&password=██",
        Redactor.form("a=1&client_secret=x&password=y"));
  }
}
