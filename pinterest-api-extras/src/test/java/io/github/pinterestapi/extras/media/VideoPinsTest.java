package io.github.pinterestapi.extras.media;

import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.taken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.Media;
import io.github.pinterestapi.v5.model.MediaUploadStatus;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import java.util.Base64;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VideoPinsTest {
  private final MockWebServer api = new MockWebServer();
  private final Pinterest pinterest = TestClients.against(api, new FakeTime()).build();
  private final Media processed =
      new Media().mediaId("m-1").status(MediaUploadStatus.SUCCEEDED);

  @AfterEach
  void tearDown() throws Exception {
    pinterest.close();
    api.close();
  }

  @Test
  void createsAVideoPinWithAKeyFrameCover() throws Exception {
    api.enqueue(json(201, "{\"id\":\"pin-9\"}"));
    PinCreate pin = new PinCreate().boardId("b-1").title("Kitchen");

    Pin created = VideoPins.create(pinterest, processed, pin, CoverImage.keyFrameSeconds(3));

    assertEquals("pin-9", created.getId());
    String body = taken(api).getBody().readUtf8();
    assertTrue(body.contains("\"board_id\":\"b-1\""), body);
    assertTrue(body.contains("\"source_type\":\"video_id\""), body);
    assertTrue(body.contains("\"media_id\":\"m-1\""), body);
    assertTrue(body.contains("\"cover_image_key_frame_time\":3"), body);
    assertNull(pin.getMediaSource(), "the caller's PinCreate is not changed");
  }

  @Test
  void eachCoverOptionSetsItsOwnFields() {
    String url = String.valueOf(VideoPins.mediaSource("m-1",
        CoverImage.url("https://example.com/c.jpg")).getCoverImageUrl());
    byte[] jpeg = MediaFixtures.jpegBytes();
    io.github.pinterestapi.v5.model.PinMediaSourceVideoID data =
        VideoPins.mediaSource("m-1", CoverImage.data(jpeg, "image/jpeg"));

    assertEquals("https://example.com/c.jpg", url);
    assertEquals(Base64.getEncoder().encodeToString(jpeg), data.getCoverImageData());
    assertEquals("image/jpeg", data.getCoverImageContentType().value());
    assertNull(data.getCoverImageUrl());
    assertNull(data.getCoverImageKeyFrameTime());
    assertFalse(CoverImage.data(jpeg, "image/jpeg").toString().contains(
        Base64.getEncoder().encodeToString(jpeg)), "toString never prints the image");
  }

  @Test
  void refusesBadCoversAndUnfinishedMedia() {
    byte[] png = MediaFixtures.pngBytes();
    assertThrows(IllegalArgumentException.class, () -> CoverImage.data(png, "image/jpeg"));
    assertThrows(IllegalArgumentException.class, () -> CoverImage.data(png, "image/gif"));
    assertThrows(IllegalArgumentException.class, () -> CoverImage.data(new byte[0], "image/png"));
    assertThrows(IllegalArgumentException.class, () -> CoverImage.url("file:///tmp/c.jpg"));
    assertThrows(IllegalArgumentException.class, () -> CoverImage.keyFrameSeconds(-1));
    Media processing = new Media().mediaId("m-2").status(MediaUploadStatus.PROCESSING);
    assertThrows(IllegalArgumentException.class, () -> VideoPins.create(
        pinterest, processing, new PinCreate(), CoverImage.keyFrameSeconds(1)));
    PinCreate withImage = new PinCreate().mediaSource(new PinMediaSourceImageURL());
    assertThrows(IllegalArgumentException.class, () -> VideoPins.create(
        pinterest, processed, withImage, CoverImage.keyFrameSeconds(1)));
    assertEquals(0, api.getRequestCount());
  }
}
