package io.github.pinterestapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.testing.FakePinterest;
import io.github.pinterestapi.testing.LocalRedisServer;
import io.github.pinterestapi.testing.TokenRefresh;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fleet example on a real redis-server: no 429s, and each expiry refreshed once. */
class ManyWorkersTest {
  @Test
  void threeWorkersShareOneUsersBudgetAndToken() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (LocalRedisServer redis = LocalRedisServer.start()) {
      FakePinterest fake = ManyWorkers.run(new PrintStream(printed, true, StandardCharsets.UTF_8),
          redis.uri(), 3, Duration.ofSeconds(3));

      assertEquals(0, fake.userCalls().stream().filter(call -> call.status() == 429).count());
      assertTrue(fake.userCalls().size() > 10, "the workers made calls");
      assertTrue(fake.tokenRefreshes().stream().allMatch(TokenRefresh::issued));
      String out = printed.toString(StandardCharsets.UTF_8);
      int refreshes = fake.tokenRefreshes().size();
      assertTrue(out.contains("token refreshes: " + refreshes + " (0 refused), stored generation "
          + (refreshes + 1)), out);
    }
  }
}
