package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fake as a plain object: start, use, close. */
class LifecycleTest {
  @Test
  void startServeAndClose() {
    FakePinterest fake = new FakePinterest();
    assertThrows(IllegalStateException.class, fake::baseUrl, "no URL before start");
    try (FakePinterest started = fake.start()) {
      assertTrue(started.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/v5/"), started.baseUrl());
      assertEquals(200, Clients.call(started, "GET", "user_account", started.accessToken(), null).status);
      assertEquals(started, started.start(), "starting twice is harmless");
    }
    assertThrows(IllegalStateException.class, fake::start, "a closed fake stays closed");
  }

  @Test
  void resetForgetsEverything() {
    try (FakePinterest fake = new FakePinterest().start()) {
      fake.addBoard("One");
      fake.faults().serverErrorNext(3);
      fake.reset();
      assertTrue(fake.boards().isEmpty());
      assertEquals(0, fake.faults().pending());
      assertEquals("100000000000001", fake.addBoard("Again").getId(), "ids start over");
    }
  }

  @Test
  void snapshotsAreCopies() {
    try (FakePinterest fake = new FakePinterest().start()) {
      fake.addBoard("Original");
      fake.boards().get(0).name("Changed by the test");
      assertEquals("Original", fake.boards().get(0).getName());
    }
  }
}
