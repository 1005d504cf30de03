package io.github.pinterestapi.extras.media;

import io.github.pinterestapi.extras.http.TokenFreeClient;

import static io.github.pinterestapi.extras.media.MediaFixtures.registered;
import static io.github.pinterestapi.extras.media.MediaFixtures.status;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.taken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage host never receives an Authorization header, even on the API's own origin. */
class TokenFreeClientTest {
  @TempDir Path dir;

  @Test
  void anUploadUrlOnTheApiHostStillGetsNoToken() throws Exception {
    try (MockWebServer api = new MockWebServer()) {
      FakeTime time = new FakeTime();
      Pinterest pinterest = TestClients.against(api, time).build();
      api.enqueue(registered(api)); // upload_url on the API origin: only the second wall holds.
      api.enqueue(new MockResponse().setResponseCode(204));
      api.enqueue(status("succeeded"));

      VideoUploader.create(pinterest, MediaFixtures.poller(time))
          .upload(MediaFixtures.video(dir, "clip.mp4", 5000));

      assertEquals("Bearer " + TOKEN, taken(api).getHeader("Authorization"));
      RecordedRequest upload = taken(api);
      assertEquals("/pinterest-media-upload", upload.getPath());
      assertNull(upload.getHeader("Authorization"));
      assertEquals("Bearer " + TOKEN, taken(api).getHeader("Authorization"));
      pinterest.close();
    }
  }

  @Test
  void anAuthorizationHeaderAddedByHandIsRemoved() throws Exception {
    try (MockWebServer storage = new MockWebServer()) {
      storage.enqueue(new MockResponse().setBody("ok"));
      OkHttpClient client = TokenFreeClient.from(new OkHttpClient());
      Request request = new Request.Builder().url(storage.url("/file"))
          .header("Authorization", "Bearer " + TOKEN).build();

      try (Response response = client.newCall(request).execute()) {
        assertEquals(200, response.code());
      }

      assertNull(taken(storage).getHeader("Authorization"));
    }
  }
}
