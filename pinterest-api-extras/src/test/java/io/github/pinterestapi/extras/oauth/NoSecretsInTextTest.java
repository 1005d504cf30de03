package io.github.pinterestapi.extras.oauth;

import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.json;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.testing.FakeTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.errors.oauth.TokenUnavailableException;

/** Tokens, codes and the app secret never appear in a toString or an exception message. */
class NoSecretsInTextTest {
  private static final String ACCESS = "pina_ACCESSSECRET";
  private static final String REFRESH = "pinr_REFRESHSECRET";
  private static final String APP_SECRET = "APPSECRETVALUE";
  private static final String CODE = "CODESECRETVALUE";

  @TempDir
  Path directory;

  private final List<String> texts = new ArrayList<>();

  private void assertNoSecrets() {
    for (String text : texts) {
      for (String secret : new String[] {ACCESS, REFRESH, APP_SECRET, CODE}) {
        assertFalse(text.contains(secret), "\"" + text + "\" shows a secret");
      }
    }
  }

  /** The message of {@code e} and of every cause under it. */
  private void addMessages(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t));
    }
  }

  private static Token token() {
    return Token.builder(ACCESS).refreshToken(REFRESH).build();
  }

  @Test
  void valuesAndHelpersPrintNoSecrets() {
    InMemoryTokenStore store = new InMemoryTokenStore(token());
    OAuthClient oauth = OAuthClient.builder().appId("app").appSecret(APP_SECRET).build();
    texts.add(token().toString());
    texts.add(RedirectUri.parse("myapp://oauth?code=" + CODE + "&state=s").toString());
    texts.add(AccessTokenProvider.fixed(ACCESS).toString());
    texts.add(store.toString());
    texts.add(oauth.toString());
    texts.add(RefreshingTokenProvider.builder(oauth, store).build().toString());
    texts.add(new AccessTokenInterceptor(AccessTokenProvider.fixed(ACCESS),
        HttpUrl.get("https://api.pinterest.com/v5/")).toString());
    assertNoSecrets();
  }

  @Test
  void errorsFromPinterestEchoingSecretsAreScrubbed() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      OAuthClient oauth = OAuthClient.builder().appId("app").appSecret(APP_SECRET)
          .baseUrl(server.url("/v5/")).build();
      server.enqueue(json(400, "{\"code\":283,\"message\":\"refresh token " + REFRESH
          + " is invalid\"}"));
      server.enqueue(json(400, "{\"error\":\"invalid_request\",\"error_description\":\"code "
          + CODE + " and secret " + APP_SECRET + " rejected\"}"));
      server.enqueue(json(400, "{\"code\":3,\"message\":\"token " + ACCESS + " unknown\"}"));

      addMessages(assertThrows(SignInRequiredException.class, () -> oauth.refresh(token())));
      addMessages(assertThrows(OAuthException.class,
          () -> oauth.exchangeCode(CODE, "myapp://oauth")));
      addMessages(assertThrows(OAuthException.class, () -> oauth.revokeAccessToken(ACCESS)));
    }
    assertNoSecrets();
  }

  @Test
  void storeAndProviderFailuresPrintNoSecrets() throws IOException {
    Path file = directory.resolve("token.json");
    Files.write(file, ("{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH
        + "\",\"access_expires_at\":\"" + ACCESS + "\"}").getBytes(StandardCharsets.UTF_8));
    addMessages(assertThrows(OAuthException.class, () -> new FileTokenStore(file).load()));

    OAuthClient oauth = OAuthClient.builder().appId("app").appSecret(APP_SECRET).build();
    FakeTime clock = new FakeTime();
    InMemoryTokenStore noRefresh = new InMemoryTokenStore(Token.builder(ACCESS)
        .accessExpiresAt(clock.instant().minus(Duration.ofMinutes(1))).build());
    SignInRequiredException e = assertThrows(SignInRequiredException.class,
        () -> RefreshingTokenProvider.builder(oauth, noRefresh).clock(clock).build().accessToken());
    addMessages(e);
    addMessages(new TokenUnavailableException(e));
    assertNoSecrets();
  }
}
