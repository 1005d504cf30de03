package io.github.pinterestapi.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.testing.LocalRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

/** Both ways of getting a real redis-server work on this machine, and neither persists data. */
class LocalRedisServerTest {
  @Test
  void theSharedServerAnswersAndHasNoPersistence() {
    assertEquals("PONG", TestRedis.commands().ping());
    assertEquals("", TestRedis.commands().configGet("save").get("save"));
    assertEquals("no", TestRedis.commands().configGet("appendonly").get("appendonly"));
    assertEquals("127.0.0.1", TestRedis.commands().configGet("bind").get("bind"));
  }

  @Test
  void theBinaryShippedInTheEmbeddedRedisJarRunsWhenChosen() {
    String before = System.getProperty("pinterest.redis.server");
    System.setProperty("pinterest.redis.server", "embedded");
    try (LocalRedisServer embedded = LocalRedisServer.start()) {
      assertTrue(embedded.source().contains("embedded"), embedded.source());
      RedisClient client = RedisClient.create(embedded.uri());
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        assertTrue(connection.sync().info("server").contains("redis_version:6.2"));
      } finally {
        client.shutdown();
      }
    } finally {
      if (before == null) {
        System.clearProperty("pinterest.redis.server");
      } else {
        System.setProperty("pinterest.redis.server", before);
      }
    }
  }
}
