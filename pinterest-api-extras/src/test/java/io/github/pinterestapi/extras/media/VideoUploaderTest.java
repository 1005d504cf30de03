package io.github.pinterestapi.extras.media;

import io.github.pinterestapi.errors.OperationCancelledException;
import io.github.pinterestapi.errors.PollTimeoutException;
import io.github.pinterestapi.extras.http.Cancellation;
import static io.github.pinterestapi.extras.media.MediaFixtures.MEDIA_ID;
import static io.github.pinterestapi.extras.media.MediaFixtures.registered;
import static io.github.pinterestapi.extras.media.MediaFixtures.status;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.taken;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.Media;
import io.github.pinterestapi.v5.model.MediaUploadStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pinterestapi.errors.MediaFailedException;
import io.github.pinterestapi.errors.MediaUploadException;

class VideoUploaderTest {
  @TempDir Path dir;
  private final MockWebServer api = new MockWebServer();
  private final MockWebServer storage = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private Pinterest pinterest;
  private VideoUploader uploader;

  @BeforeEach
  void setUp() {
    pinterest = TestClients.against(api, time).build();
    uploader = VideoUploader.create(pinterest, MediaFixtures.poller(time));
  }

  @AfterEach
  void tearDown() throws Exception {
    pinterest.close();
    api.close();
    storage.close();
  }

  @Test
  void registersUploadsEveryFieldThenTheFileAndWaitsForSucceeded() throws Exception {
    Path video = acceptedVideo("clip.mp4", 200_000, "registered", "processing", "succeeded");
    List<long[]> progress = new ArrayList<>();

    Media media = uploader.upload(video, (sent, total) -> progress.add(new long[] {sent, total}),
        Cancellation.NONE);

    assertEquals(MEDIA_ID, media.getMediaId());
    assertEquals(MediaUploadStatus.SUCCEEDED, media.getStatus());
    RecordedRequest register = taken(api);
    assertEquals("POST /v5/media HTTP/1.1", register.getRequestLine());
    assertEquals("{\"media_type\":\"video\"}", register.getBody().readUtf8());
    assertEquals("Bearer " + TOKEN, register.getHeader("Authorization"));

    RecordedRequest upload = taken(storage);
    assertEquals("/pinterest-media-upload", upload.getPath());
    assertNull(upload.getHeader("Authorization"), "the storage host must never see the token");
    assertTrue(upload.getHeader("Content-Type").startsWith("multipart/form-data"));
    byte[] body = upload.getBody().readByteArray();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int filePart = text.indexOf("name=\"file\"; filename=\"clip.mp4\"");
    assertTrue(filePart > 0, "file part missing");
    for (String field : Arrays.asList("x-amz-date", "x-amz-signature", "x-amz-security-token",
        "x-amz-algorithm", "key", "policy", "x-amz-credential", "Content-Type")) {
      int at = text.indexOf("name=\"" + field + "\"");
      assertTrue(at > 0 && at < filePart, field + " must be sent, before the file");
    }
    assertTrue(text.contains("sig-abc") && text.contains("uploads/m-4242"));
    assertTrue(text.substring(filePart).contains("Content-Type: video/mp4"));
    assertArrayEquals(Files.readAllBytes(video), fileBytes(body, filePart, 200_000));

    assertTrue(progress.size() >= 4, "streamed in chunks: " + progress.size());
    assertArrayEquals(new long[] {200_000, 200_000}, progress.get(progress.size() - 1));
    for (int i = 3; i > 0; i--) {
      assertEquals("GET /v5/media/" + MEDIA_ID + " HTTP/1.1", taken(api).getRequestLine());
    }
    assertEquals(Arrays.asList(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.waits());
  }

  @Test
  void failedStatusThrowsWithTheMediaId() throws Exception {
    Path video = acceptedVideo("clip.mov", 1000, "processing", "failed");

    MediaFailedException e = assertThrows(MediaFailedException.class, () -> uploader.upload(video));

    assertEquals(MEDIA_ID, e.mediaId());
    assertTrue(e.getMessage().contains(MEDIA_ID));
  }

  @Test
  void processingPastTheBudgetThrowsPollTimeout() throws Exception {
    VideoUploader impatient = VideoUploader.create(pinterest,
        MediaFixtures.poller(time).withTimeout(Duration.ofSeconds(10)));
    for (int i = 0; i < 10; i++) {
      api.enqueue(status("processing"));
    }

    PollTimeoutException e = assertThrows(PollTimeoutException.class,
        () -> impatient.awaitProcessed(MEDIA_ID, Cancellation.NONE));

    assertEquals("media " + MEDIA_ID, e.subject());
    assertEquals(Duration.ofSeconds(10), e.budget());
    assertEquals(Duration.ofSeconds(10), time.totalWait(), "the last wait ends on the deadline");
    // 1 + 2 + 4 + 3 (cut short): four waits, five asks.
    assertEquals(5, api.getRequestCount());
  }

  @Test
  void cancellingStopsBetweenPolls() {
    Cancellation cancellation = new Cancellation();
    VideoUploader cancelling = VideoUploader.create(pinterest, MediaFixtures.poller(time)
        .toBuilder().sleeper(wait -> {
          time.sleep(wait);
          cancellation.cancel();
        }).build());
    api.enqueue(status("processing"));

    OperationCancelledException e = assertThrows(OperationCancelledException.class,
        () -> cancelling.awaitProcessed(MEDIA_ID, cancellation));

    assertEquals("media " + MEDIA_ID, e.subject());
    assertEquals(1, api.getRequestCount());
  }

  @Test
  void storageRefusalThrowsWithStatusAndS3Code() throws Exception {
    Path video = MediaFixtures.video(dir, "clip.mp4", 1000);
    api.enqueue(registered(storage));
    storage.enqueue(new MockResponse().setResponseCode(403).setBody(
        "<?xml version=\"1.0\"?>\n<Error><Code>AccessDenied</Code>"
            + "<Message>Policy expired</Message></Error>"));

    MediaUploadException e = assertThrows(MediaUploadException.class, () -> uploader.upload(video));

    assertEquals(403, e.statusCode());
    assertEquals(MEDIA_ID, e.mediaId());
    assertTrue(e.getMessage().contains("AccessDenied"), e.getMessage());
    assertEquals(1, api.getRequestCount(), "no polling after a failed upload");
  }

  /**
   * A video file of {@code size} bytes that Pinterest registers and storage accepts, after which
   * the media status answers are {@code statuses} in turn.
   */
  private Path acceptedVideo(String name, int size, String... statuses) throws IOException {
    Path video = MediaFixtures.video(dir, name, size);
    api.enqueue(registered(storage));
    storage.enqueue(new MockResponse().setResponseCode(204));
    for (String answer : statuses) {
      api.enqueue(status(answer));
    }
    return video;
  }

  /** The {@code length} bytes after the blank line that ends the file part's headers. */
  private static byte[] fileBytes(byte[] body, int filePart, int length) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int start = text.indexOf("\r\n\r\n", filePart) + 4;
    return Arrays.copyOfRange(body, start, start + length);
  }
}
