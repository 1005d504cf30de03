package io.github.pinterestapi.redis;

import io.github.pinterestapi.testing.LocalRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The real redis-server the tests of this JVM share: started once, on a free loopback port with
 * no persistence, and stopped when the JVM exits. Tests flush it before each test.
 */
final class TestRedis {
  private static LocalRedisServer server;
  private static StatefulRedisConnection<String, String> connection;

  private TestRedis() {}

  static synchronized LocalRedisServer server() {
    if (server == null) {
      server = LocalRedisServer.start();
      RedisClient client = RedisClient.create(server.uri());
      connection = client.connect();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        client.shutdown();
        server.close();
      }));
    }
    return server;
  }

  static String uri() {
    return server().uri();
  }

  /** Direct commands, for arranging and inspecting what the code under test stored. */
  static RedisCommands<String, String> commands() {
    server();
    return connection.sync();
  }

  static void flush() {
    commands().flushall();
  }
}
