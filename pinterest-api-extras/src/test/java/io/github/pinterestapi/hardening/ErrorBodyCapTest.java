package io.github.pinterestapi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An error answer is read up to 1 MiB, whatever its size; the caller still gets its status. */
class ErrorBodyCapTest {
  private final MockWebServer server = new MockWebServer();
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pinterest = TestClients.against(server, new FakeTime()).build();
  }

  @AfterEach
  void stop() throws IOException {
    pinterest.close();
    server.shutdown();
  }

  private static Buffer bytes(int size) {
    Buffer body = new Buffer();
    for (int i = 0; i < size / 1024; i++) {
      body.writeUtf8(new String(new char[1024]).replace('\0', 'x'));
    }
    return body;
  }

  @Test
  void aHugeErrorPageIsCut() {
    server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "text/html")
        .setBody(bytes(8 * 1024 * 1024)));
    PinterestApiException e = assertThrows(PinterestApiException.class,
        () -> pinterest.pins().get(PinsGetParams.builder().pinId("1").build()));
    assertEquals(400, e.statusCode());
    assertEquals(1024 * 1024, e.rawBody().length());
  }

  @Test
  void aHugeErrorPageOfUnknownLengthIsCut() {
    server.enqueue(new MockResponse().setResponseCode(404).setHeader("Content-Type", "text/html")
        .setChunkedBody(bytes(4 * 1024 * 1024), 64 * 1024));
    PinterestApiException e = assertThrows(PinterestApiException.class,
        () -> pinterest.pins().get(PinsGetParams.builder().pinId("1").build()));
    assertEquals(404, e.statusCode());
    assertEquals(1024 * 1024, e.rawBody().length());
  }
}
