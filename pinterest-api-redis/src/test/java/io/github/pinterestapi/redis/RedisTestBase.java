package io.github.pinterestapi.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A flushed shared Redis before each test, and the fleets a test built closed after it. */
abstract class RedisTestBase {
  private final List<RedisFleet> fleets = new ArrayList<>();

  @BeforeEach
  void flushRedis() {
    TestRedis.flush();
  }

  @AfterEach
  void closeFleets() {
    fleets.forEach(RedisFleet::close);
  }

  /** Builds {@code settings} and closes the fleet after the test. */
  RedisFleet track(RedisFleetSettings.Builder settings) {
    RedisFleet fleet = settings.build();
    fleets.add(fleet);
    return fleet;
  }

  /** A loopback port nothing listens on: a Redis that is down. */
  static String unreachableRedis() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "redis://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
