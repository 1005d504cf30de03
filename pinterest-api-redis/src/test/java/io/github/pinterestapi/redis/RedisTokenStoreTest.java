package io.github.pinterestapi.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.v5.api.Scope;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class RedisTokenStoreTest extends RedisTestBase {
  private static final String KEY = "pinterest:{app-1:alice}:token";
  private static final Token TOKEN = Token.builder("pina_SECRET_ACCESS").refreshToken("pinr_SECRET_REFRESH")
      .accessExpiresAt(Instant.parse("2030-01-31T00:00:00Z"))
      .refreshExpiresAt(Instant.parse("2031-01-01T00:00:00Z"))
      .scopes(List.of(Scope.of("boards:read"), Scope.of("pins:write"))).build();

  private RedisTokenStore store(byte[] key) {
    RedisFleetSettings.Builder builder = RedisFleet.builder(TestRedis.uri()).appId("app-1");
    if (key != null) {
      builder.tokenEncryptionKey(new SecretKeySpec(key, "AES"));
    }
    return track(builder).user("alice").tokenStore();
  }

  @Test
  void aTokenRoundTripsWithItsGenerationAndEveryWriteRaisesIt() {
    RedisTokenStore store = store(null);
    assertNull(store.load());
    assertEquals(0, store.generation());

    store.save(TOKEN);
    assertEquals(TOKEN, store.load());
    assertEquals(1, store.generation());
    store.save(TOKEN.toBuilder().refreshToken("pinr_2").build());
    assertEquals(2, store.loadWithGeneration().generation());
    assertEquals("pinr_2", store.load().refreshToken());
  }

  @Test
  void aWriteFromAnOutOfDateReadFails() {
    RedisTokenStore first = store(null);
    RedisTokenStore second = store(null);
    first.save(TOKEN);

    assertEquals(2, second.compareAndSet(1, TOKEN.toBuilder().refreshToken("pinr_B").build()));
    assertEquals(-1, first.compareAndSet(1, TOKEN.toBuilder().refreshToken("pinr_A").build()));
    assertEquals("pinr_B", first.load().refreshToken());
  }

  @Test
  void generationsNeverGoBackAfterTheStoreIsLost() {
    RedisTokenStore store = store(null);
    store.save(TOKEN);
    store.save(TOKEN);
    store.save(TOKEN);
    TestRedis.commands().flushall();

    assertEquals(4, store.compareAndSet(0, TOKEN));
  }

  @Test
  void withAKeyTheTokenIsSealedAtRestAndOnlyThatKeyOpensIt() {
    byte[] key = new byte[32];
    key[0] = 7;
    RedisTokenStore store = store(key);
    store.save(TOKEN);

    String atRest = TestRedis.commands().hget(KEY, "token");
    assertFalse(atRest.contains("SECRET"), atRest);
    assertTrue(atRest.startsWith("gcm1:"));
    assertEquals(TOKEN, store(key).load());

    byte[] other = key.clone();
    other[0] = 8;
    assertThrows(StoredTokenUnreadableException.class, () -> store(other).load());
    assertThrows(StoredTokenUnreadableException.class, () -> store(null).load());
    // Sealed for alice: copied under bob's key, it does not open.
    TestRedis.commands().hset("pinterest:{app-1:bob}:token", "generation", "1");
    TestRedis.commands().hset("pinterest:{app-1:bob}:token", "token", atRest);
    RedisFleet fleet = track(RedisFleet.builder(TestRedis.uri()).appId("app-1")
        .tokenEncryptionKey(new SecretKeySpec(key, "AES")));
    assertThrows(StoredTokenUnreadableException.class, () -> fleet.user("bob").tokenStore().load());
  }

  @Test
  void storedTextIsReadDefensively() {
    RedisTokenStore store = store(null);
    TestRedis.commands().hset(KEY, "generation", "1");
    TestRedis.commands().hset(KEY, "token", "plain1:refresh=pinr_only\n");
    assertThrows(StoredTokenUnreadableException.class, store::load);
    TestRedis.commands().hset(KEY, "token", "plain1:" + "x".repeat(TokenText.MAX_CHARS + 1));
    assertThrows(StoredTokenUnreadableException.class, store::load);
    TestRedis.commands().hset(KEY, "generation", "one");
    assertThrows(StoredTokenUnreadableException.class, store::load);
  }
}
