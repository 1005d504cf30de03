package io.github.pinterestapi.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakePinterest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With this module on the class path, Pinterest.fromEnv() joins the fleet named by the environment. */
class RedisEnvironmentTest extends RedisTestBase {
  @Test
  void fromEnvSharesRateLimitsAndSeedsTheSharedTokenStore() {
    try (FakePinterest fake = new FakePinterest().start()) {
      Map<String, String> env = Map.of(
          "PINTEREST_REDIS_URI", TestRedis.uri(),
          "PINTEREST_REDIS_USER", "erin",
          "PINTEREST_API_URI", fake.baseUrl(),
          "PINTEREST_APP_ID", FakePinterest.DEFAULT_APP_ID,
          "PINTEREST_APP_SECRET", FakePinterest.DEFAULT_APP_SECRET,
          "PINTEREST_ACCESS_TOKEN", fake.accessToken(),
          "PINTEREST_REFRESH_TOKEN", fake.refreshTokenFor("erin"));
      try (Pinterest pinterest = Pinterest.fromEnv(env)) {
        pinterest.userAccount().get();
      }

      String tag = "pinterest:{" + FakePinterest.DEFAULT_APP_ID + ":erin}:";
      assertEquals(1, TestRedis.commands().exists(tag + "second"), "the call took a shared permit");
      assertEquals("1", TestRedis.commands().hget(tag + "token", "generation"));
      assertTrue(TestRedis.commands().hget(tag + "token", "token").contains(fake.accessToken()));
    }
  }

  @Test
  void withoutTheVariableNothingChanges() {
    try (FakePinterest fake = new FakePinterest().start();
        Pinterest pinterest = Pinterest.fromEnv(Map.of("PINTEREST_API_URI", fake.baseUrl(),
            "PINTEREST_ACCESS_TOKEN", fake.accessToken()))) {
      pinterest.userAccount().get();
      assertEquals(0, TestRedis.commands().dbsize());
    }
  }
}
