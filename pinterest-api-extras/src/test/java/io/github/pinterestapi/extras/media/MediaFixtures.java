package io.github.pinterestapi.extras.media;

import io.github.pinterestapi.extras.workflow.Poller;
import static io.github.pinterestapi.testing.TestClients.json;

import io.github.pinterestapi.testing.FakeTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Canned Pinterest media answers, a poller on fake time, and video files on disk. */
final class MediaFixtures {
  static final String MEDIA_ID = "m-4242";

  private MediaFixtures() {}

  /** The answer to {@code POST /media}, sending the file to {@code storage}. */
  static MockResponse registered(MockWebServer storage) {
    return json(201, "{\"media_id\":\"" + MEDIA_ID + "\",\"media_type\":\"video\","
        + "\"upload_url\":\"" + storage.url("/pinterest-media-upload") + "\","
        + "\"upload_parameters\":{\"x-amz-date\":\"20250101T000000Z\","
        + "\"x-amz-signature\":\"sig-abc\",\"x-amz-security-token\":\"sec-token\","
        + "\"x-amz-algorithm\":\"AWS4-HMAC-SHA256\",\"key\":\"uploads/m-4242\","
        + "\"policy\":\"cG9saWN5\",\"x-amz-credential\":\"cred/20250101\","
        + "\"Content-Type\":\"multipart/form-data\"}}");
  }

  static MockResponse status(String status) {
    return json(200, "{\"media_id\":\"" + MEDIA_ID + "\",\"media_type\":\"video\",\"status\":\""
        + status + "\"}");
  }

  /** 1 s growing 2x to 4 s, 60 s budget, on fake time. */
  static Poller poller(FakeTime time) {
    return Poller.builder().initialInterval(Duration.ofSeconds(1)).multiplier(2)
        .maxInterval(Duration.ofSeconds(4)).timeout(Duration.ofSeconds(60))
        .clock(time).sleeper(time).build();
  }

  /** An MP4-looking file of {@code size} bytes: an ftyp box, then a counting pattern. */
  static Path video(Path dir, String name, int size) throws IOException {
    byte[] bytes = new byte[size];
    byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
    for (int i = 0; i < size; i++) {
      bytes[i] = i < head.length ? head[i] : (byte) (i % 251);
    }
    return Files.write(dir.resolve(name), bytes);
  }

  static byte[] jpegBytes() {
    return new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F'};
  }

  static byte[] pngBytes() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
  }
}
