package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.extras.oauth.OAuthClient;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.oauth.Token;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The options that make the fake enforce what a fleet must respect. */
class FleetOptionsTest {
  private final FakeClock clock = FakeClock.at(Instant.parse("2024-06-01T00:00:00Z"));

  private static OAuthClient oauth(FakePinterest fake) {
    return OAuthClient.builder().appId(FakePinterest.DEFAULT_APP_ID)
        .appSecret(FakePinterest.DEFAULT_APP_SECRET).baseUrl(fake.baseUrl()).clock(fake.clock())
        .build();
  }

  private static Clients.Raw me(FakePinterest fake, String accessToken) {
    return Clients.execute(new Request.Builder().url(fake.baseUrl() + "user_account")
        .header("Authorization", "Bearer " + accessToken).build());
  }

  @Test
  void eachUserHasTheirOwnPerCategoryWindowAndPaysFor429sWithCode8() {
    try (FakePinterest fake = FakePinterest.builder().clock(clock)
        .userRateLimit(2, Duration.ofSeconds(10)).build().start()) {
      String alice = oauth(fake).refresh(fake.refreshTokenFor("alice")).accessToken();
      String bob = oauth(fake).refresh(fake.refreshTokenFor("bob")).accessToken();
      clock.advance(Duration.ofSeconds(3));

      assertEquals(200, me(fake, alice).status);
      assertEquals(200, me(fake, alice).status);
      Clients.Raw limited = me(fake, alice);
      assertEquals(429, limited.status);
      assertTrue(limited.body.contains("\"code\":8"), limited.body);
      assertEquals("2", limited.headers.get("X-RateLimit-Limit"));
      assertEquals("0", limited.headers.get("X-RateLimit-Remaining"));
      assertEquals("7", limited.headers.get("X-RateLimit-Reset"));
      assertEquals(200, me(fake, bob).status, "bob's window is his own");

      clock.advance(Duration.ofSeconds(7));
      assertEquals(200, me(fake, alice).status, "a new aligned window");
      List<UserCall> calls = fake.userCalls();
      assertEquals(5, calls.size());
      assertEquals(new UserCall("alice", "org_read", Instant.parse("2024-06-01T00:00:03Z"), 429),
          calls.get(2));
    }
  }

  @Test
  void aSpentRefreshTokenIsAnInvalidGrant() {
    try (FakePinterest fake = FakePinterest.builder().clock(clock)
        .singleUseRefreshTokens(false).build().start()) {
      String first = fake.refreshTokenFor("alice");
      Token second = oauth(fake).refresh(first);

      assertFalse(first.equals(second.refreshToken()), "rotated");
      assertThrows(SignInRequiredException.class, () -> oauth(fake).refresh(first));
      assertEquals(200, me(fake, oauth(fake).refresh(second).accessToken()).status);
      List<TokenRefresh> refreshes = fake.tokenRefreshes();
      assertEquals(List.of(true, false, true),
          refreshes.stream().map(TokenRefresh::issued).toList());
      assertTrue(refreshes.get(1).reusedSpentToken());
      assertEquals("alice", refreshes.get(1).user());
    }
  }

  @Test
  void withTheGraceARefreshTokenIsSpentOnlyOnceItsSuccessorIsUsed() {
    try (FakePinterest fake = FakePinterest.builder().clock(clock)
        .singleUseRefreshTokens(true).build().start()) {
      String first = fake.refreshTokenFor("alice");
      Token lostAnswer = oauth(fake).refresh(first);

      Token again = oauth(fake).refresh(first);
      assertEquals(401, me(fake, lostAnswer.accessToken()).status, "the unread answer is withdrawn");
      assertThrows(SignInRequiredException.class, () -> oauth(fake).refresh(lostAnswer));
      assertEquals(200, me(fake, again.accessToken()).status);
      assertThrows(SignInRequiredException.class, () -> oauth(fake).refresh(first));
    }
  }

  @Test
  void theTokenEndpointCanBeSlow() {
    try (FakePinterest fake = FakePinterest.builder()
        .tokenEndpointDelay(Duration.ofMillis(300)).build().start()) {
      String first = fake.refreshTokenFor("alice");
      long started = System.nanoTime();
      oauth(fake).refresh(first);
      assertTrue(System.nanoTime() - started >= Duration.ofMillis(300).toNanos());
    }
  }
}
