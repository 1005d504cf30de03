package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.TokenFreeClient;
import io.github.pinterestapi.extras.oauth.AuthorizationUrl;
import io.github.pinterestapi.extras.oauth.FileTokenStore;
import io.github.pinterestapi.extras.oauth.LoopbackRedirectReceiver;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.v5.api.Scope;
import io.github.pinterestapi.v5.model.Account;
import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Signs a user in with OAuth, the way a command-line tool does: it listens on loopback for
 * Pinterest's redirect, opens the approval page, exchanges the code for a token and keeps the
 * token in a file (owner-only) that later runs refresh from. On the fake it approves the page
 * itself, so it runs unattended.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=SignIn
 * }</pre>
 *
 * <p>For the real Pinterest, set {@code PINTEREST_APP_ID} and {@code PINTEREST_APP_SECRET} and
 * register {@code http://127.0.0.1:8085/} (or {@code --port N}) as a redirect URI of the app.
 */
public final class SignIn {
  static final List<Scope> SCOPES = List.of(Scope.USER_ACCOUNTS_READ, Scope.BOARDS_READ,
      Scope.BOARDS_WRITE, Scope.PINS_READ, Scope.PINS_WRITE, Scope.ADS_READ);

  private SignIn() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv);
    Output out = Output.standard(args.json());
    try (Connection connection = Connection.open(args.sandbox(), out)) {
      run(connection, out, args.option("--token-file").map(Paths::get).orElse(null),
          args.option("--port").map(Integer::parseInt).orElse(8085)).close();
    }
  }

  /**
   * Signs in and returns a connection whose client uses the stored token; close it when done.
   *
   * @param tokenFile where to keep the token; null for the default (a temporary file on the fake)
   * @param port the loopback port registered with the app (the fake takes any free port)
   */
  public static Connection run(Connection connection, Output out, Path tokenFile, int port) {
    Pinterest pinterest = connection.pinterest();
    String appId = pinterest.appCredentials()
        .orElseThrow(() -> new IllegalStateException("Signing in needs an app: set"
            + " PINTEREST_APP_ID and PINTEREST_APP_SECRET")).appId();
    FileTokenStore store = new FileTokenStore(tokenFile != null ? tokenFile
        : connection.isFake() ? temporaryTokenFile() : Connection.tokenFile(System.getenv()));

    // The receiver must listen before the browser can be sent anywhere.
    try (LoopbackRedirectReceiver receiver = connection.isFake() ? LoopbackRedirectReceiver.start()
        : LoopbackRedirectReceiver.start(port, "/")) {
      AuthorizationUrl auth = AuthorizationUrl.builder().clientId(appId)
          .redirectUri(receiver.redirectUri()).scopes(SCOPES)
          .authorizeUrl(connection.authorizeUrl()).build();
      out.say("Open this page and allow the app to use your account:");
      out.say("  %s", auth.url());
      if (connection.isFake()) {
        out.say("(On the fake nobody has to click: this program visits the page itself.)");
        approveOnFake(pinterest, auth.url());
      } else {
        openBrowser(auth.url());
      }
      out.say("Waiting for the redirect to %s ...", receiver.redirectUri());
      String code = receiver.awaitCode(auth.state(), Duration.ofMinutes(5));
      Token token = pinterest.oauthClient().exchangeCode(code, receiver.redirectUri());
      store.save(token);
    }

    // From now on the client reads the token from the file and refreshes it when it expires.
    Pinterest signedIn = pinterest.newBuilder().tokenStore(store).build();
    Account account = signedIn.userAccount().get();
    Token token = store.load();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("username", account.getUsername());
    result.put("scopes", Scope.join(token.scopes()));
    result.put("token_file", store.file().toString());
    result.put("access_expires_at", String.valueOf(token.accessExpiresAt()));
    out.json(result);
    out.say("Signed in as %s, allowed %s", account.getUsername(), Scope.join(token.scopes()));
    out.say("Token saved to %s%s", store.file(), connection.isFake()
        ? " (a temporary file, deleted on exit: it is the fake's token)"
        : " (readable by you only)");
    return connection.withClient(signedIn);
  }

  /** Does what the user's click does: the fake's page answers with the redirect at once. */
  private static void approveOnFake(Pinterest pinterest, String url) {
    // Token-free: the approval page is not the API, and must never see the bearer token.
    Request visit = new Request.Builder().url(url).build();
    try (Response response =
        TokenFreeClient.from(pinterest.httpClient()).newCall(visit).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("The fake's approval page answered " + response.code());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not visit the fake's approval page", e);
    }
  }

  private static void openBrowser(String url) {
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(URI.create(url));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // A headless machine: the URL printed above is the way in.
    }
  }

  private static Path temporaryTokenFile() {
    try {
      Path directory = Files.createTempDirectory("pinterest-signin-");
      Path file = directory.resolve("token.json");
      // Registered first, deleted last: the directory must be empty by then.
      directory.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
