package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestAuthenticationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bearer tokens: missing, unknown and expired ones get Pinterest's 401. */
class AuthTest {
  private final FakeClock clock = new FakeClock();

  @RegisterExtension
  final FakePinterest fake = FakePinterest.builder().clock(clock).acceptToken("pina_configured").build();

  @Test
  void missingTokenIs401InPinterestsFormat() {
    Clients.Raw raw = Clients.call(fake, "GET", "user_account", null, null);
    assertEquals(401, raw.status);
    assertEquals("{\"code\":2,\"message\":\"Authentication failed.\"}", raw.body);
    assertNotNull(raw.headers.get("x-pinterest-rid"));
  }

  @Test
  void unknownTokenIs401() {
    assertEquals(401, Clients.call(fake, "GET", "user_account", "pina_nobody_issued", null).status);
  }

  @Test
  void configuredAndAcceptedTokensWork() {
    assertEquals(200, Clients.call(fake, "GET", "user_account", "pina_configured", null).status);
    fake.acceptToken("pina_later");
    assertEquals(200, Clients.call(fake, "GET", "user_account", "pina_later", null).status);
  }

  @Test
  void tokenExpiresByTheFakeClock() {
    String token = fake.newAccessToken(Duration.ofHours(1));
    try (Pinterest pinterest = Pinterest.builder().baseUrl(fake.baseUrl()).accessToken(token).build()) {
      pinterest.userAccount().get();
      clock.advance(Duration.ofHours(1));
      PinterestAuthenticationException expired = assertThrows(PinterestAuthenticationException.class,
          () -> pinterest.userAccount().get());
      assertEquals(401, expired.statusCode());
      assertEquals(2, expired.code());
    }
  }

  @Test
  void expireTokenEndsATokenAtOnce() {
    fake.expireToken("pina_configured");
    assertEquals(401, Clients.call(fake, "GET", "boards", "pina_configured", null).status);
  }
}
