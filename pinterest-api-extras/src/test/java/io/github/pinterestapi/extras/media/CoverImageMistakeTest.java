package io.github.pinterestapi.extras.media;

import io.github.pinterestapi.extras.workflow.Cancellation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.MediaUpload;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending the cover image to the video's upload_url is refused before any request. */
class CoverImageMistakeTest {
  @TempDir Path dir;

  @Test
  void anImageFileIsRefusedBeforeRegistering() throws Exception {
    try (MockWebServer api = new MockWebServer(); MockWebServer storage = new MockWebServer()) {
      FakeTime time = new FakeTime();
      Pinterest pinterest = TestClients.against(api, time).build();
      VideoUploader uploader = VideoUploader.create(pinterest, MediaFixtures.poller(time));
      Path cover = Files.write(dir.resolve("cover.jpg"), MediaFixtures.jpegBytes());
      Path disguised = Files.write(dir.resolve("clip.mp4"), MediaFixtures.pngBytes());
      Path named = MediaFixtures.video(dir, "thumbnail.PNG", 100);

      IllegalArgumentException byName = assertThrows(IllegalArgumentException.class,
          () -> uploader.upload(cover));
      IllegalArgumentException byContent = assertThrows(IllegalArgumentException.class,
          () -> uploader.upload(disguised));
      IllegalArgumentException byExtension = assertThrows(IllegalArgumentException.class,
          () -> uploader.upload(named));
      MediaUpload registeredElsewhere = new MediaUpload().mediaId("m-1")
          .uploadUrl(storage.url("/upload").toString());
      assertThrows(IllegalArgumentException.class, () -> uploader.sendFile(
          registeredElsewhere, cover, UploadProgress.NONE, Cancellation.NONE));

      assertTrue(byName.getMessage().contains("cover.jpg is a JPEG image"), byName.getMessage());
      assertTrue(byName.getMessage().contains("CoverImage"), byName.getMessage());
      assertTrue(byContent.getMessage().contains("PNG"), byContent.getMessage());
      assertTrue(byExtension.getMessage().contains("PNG"), byExtension.getMessage());
      assertEquals(0, api.getRequestCount(), "nothing may be registered");
      assertEquals(0, storage.getRequestCount(), "nothing may be uploaded");
      pinterest.close();
    }
  }

  @Test
  void aMissingFileIsRefusedBeforeRegistering() {
    assertThrows(IllegalArgumentException.class,
        () -> VideoUploader.checkIsVideo(dir.resolve("nope.mp4")));
  }
}
