package io.github.pinterestapi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestDecodeException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A success answer is read only up to {@code maxResponseBytes}: a longer one, whether it says so
 * in Content-Length or streams without one, fails typed instead of filling the heap.
 */
class ResponseSizeCapTest {
  private static final int LIMIT = 64 * 1024;
  private final MockWebServer server = new MockWebServer();
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pinterest = TestClients.against(server, new FakeTime()).maxResponseBytes(LIMIT).build();
  }

  @AfterEach
  void stop() throws IOException {
    pinterest.close();
    server.shutdown();
  }

  /** A pin's JSON of exactly {@code size} bytes: its id, then spaces. */
  private static Buffer pinOf(int size) {
    String head = "{\"id\":\"42\"";
    Buffer body = new Buffer().writeUtf8(head);
    for (int i = head.length(); i < size - 1; i++) {
      body.writeByte(' ');
    }
    return body.writeUtf8("}");
  }

  private Pin getPin() {
    return pinterest.pins().get(PinsGetParams.builder().pinId("42").build());
  }

  @Test
  void anAnswerAtTheLimitDecodes() {
    server.enqueue(new MockResponse().setBody(pinOf(LIMIT)));
    assertEquals("42", getPin().getId());
  }

  @Test
  void aLongerAnswerFailsTypedAndNamesTheLimit() {
    server.enqueue(new MockResponse().setBody(pinOf(LIMIT + 1)));
    PinterestDecodeException e = assertThrows(PinterestDecodeException.class, this::getPin);
    assertTrue(e.getMessage().contains("limit of " + LIMIT + " bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("{\"id\":\"42\""), "the body's head: " + e.getMessage());
  }

  @Test
  void aLongerAnswerOfUnknownLengthIsNotReadWhole() {
    server.enqueue(new MockResponse().setChunkedBody(pinOf(64 * LIMIT), 8 * 1024));
    PinterestDecodeException e = assertThrows(PinterestDecodeException.class, this::getPin);
    assertTrue(e.getMessage().contains("limit of " + LIMIT + " bytes"), e.getMessage());
    assertEquals(1, server.getRequestCount(), "not retried");
  }

  @Test
  void theLimitMustFitOneArray() {
    assertThrows(IllegalStateException.class,
        () -> Pinterest.builder().maxResponseBytes(0).build());
    assertThrows(IllegalStateException.class,
        () -> Pinterest.builder().maxResponseBytes(Integer.MAX_VALUE).build());
  }
}
