package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.PinterestBuilder;
import io.github.pinterestapi.extras.workflow.Poller;
import io.github.pinterestapi.extras.http.Sleeper;
import io.github.pinterestapi.extras.oauth.AuthorizationUrl;
import io.github.pinterestapi.extras.oauth.FileTokenStore;
import io.github.pinterestapi.testing.FakeClock;
import io.github.pinterestapi.testing.FakePinterest;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Pinterest an example talks to. With {@code PINTEREST_ACCESS_TOKEN} set (or an OAuth app,
 * {@code PINTEREST_APP_ID} and {@code PINTEREST_APP_SECRET}, with {@code PINTEREST_REFRESH_TOKEN}
 * or a token that {@link SignIn} saved) it is the real API, or its sandbox with
 * {@code --sandbox}. With none of them it starts the embedded {@link FakePinterest}, seeded with
 * a small demo account, so every example runs on a fresh machine. Its first line of output says
 * which.
 *
 * <pre>{@code
 * try (Connection connection = Connection.open(args.sandbox(), out)) {
 *   Pinterest pinterest = connection.pinterest();
 * }
 * }</pre>
 */
public final class Connection implements AutoCloseable {
  /** Where {@link SignIn} keeps the token it gets from the real Pinterest. */
  public static final Path DEFAULT_TOKEN_FILE =
      Paths.get(System.getProperty("user.home"), ".pinterest-api-java", "token.json");

  // Tests put their own fake here, so they can look at what a program created in it.
  private static volatile FakePinterest sharedFake;

  private final Pinterest pinterest;
  private final FakePinterest fake;
  private final boolean ownsFake;

  private Connection(Pinterest pinterest, FakePinterest fake, boolean ownsFake) {
    this.pinterest = pinterest;
    this.fake = fake;
    this.ownsFake = ownsFake;
  }

  /** Connects as the process environment says and prints where, as the first line of output. */
  public static Connection open(boolean sandbox, Output out) {
    return open(System.getenv(), sandbox, out);
  }

  public static Connection open(Map<String, String> env, boolean sandbox, Output out) {
    if (has(env, "PINTEREST_ACCESS_TOKEN")
        || (has(env, "PINTEREST_APP_ID") && has(env, "PINTEREST_APP_SECRET"))) {
      return real(env, sandbox, out);
    }
    FakePinterest shared = sharedFake;
    FakePinterest fake = shared != null ? shared : newFake().start();
    PinterestBuilder builder = Pinterest.builder().accessToken(fake.accessToken())
        .appCredentials(FakePinterest.DEFAULT_APP_ID, FakePinterest.DEFAULT_APP_SECRET);
    // With --sandbox the fake is treated as the sandbox: operations it lacks fail unsent.
    if (sandbox) {
      builder.sandboxBaseUrl(fake.baseUrl());
    } else {
      builder.baseUrl(fake.baseUrl());
    }
    out.say("Running against the embedded fake Pinterest at %s%s (no PINTEREST_ACCESS_TOKEN set)",
        fake.baseUrl(), sandbox ? " as the sandbox" : "");
    if (fake.boards().isEmpty()) {
      DemoData.seed(fake);
    }
    out.say("It starts with a demo account: %s. Set PINTEREST_ACCESS_TOKEN to use your own.",
        DemoData.DESCRIPTION);
    return new Connection(builder.build(), fake, shared == null);
  }

  /** A fake as the examples use it: a clock that stands still, a few polls of processing. */
  public static FakePinterest newFake() {
    return FakePinterest.builder().clock(new FakeClock())
        .mediaProcessingPolls(2).reportPolls(3).build();
  }

  /** For tests: the started fake that {@link #open} uses instead of starting its own. */
  static void useFake(FakePinterest fake) {
    sharedFake = fake;
  }

  private static Connection real(Map<String, String> env, boolean sandbox, Output out) {
    PinterestBuilder builder = Pinterest.builder().environment(env);
    String tokens = "token from PINTEREST_ACCESS_TOKEN";
    if (has(env, "PINTEREST_REFRESH_TOKEN")) {
      tokens = "tokens refreshed with PINTEREST_REFRESH_TOKEN";
    } else if (!has(env, "PINTEREST_ACCESS_TOKEN")) {
      // An app but no token: use (and refresh) the one SignIn saved.
      Path file = tokenFile(env);
      builder.tokenStore(new FileTokenStore(file));
      tokens = "token from " + file + ", saved by SignIn";
    }
    if (sandbox) {
      builder.sandbox();
    }
    Pinterest pinterest = builder.build();
    out.say("Running against Pinterest%s at %s (%s)", sandbox ? "'s sandbox" : "",
        pinterest.baseUrl(), tokens);
    return new Connection(pinterest, null, false);
  }

  /** {@code PINTEREST_TOKEN_FILE}, or {@link #DEFAULT_TOKEN_FILE}. */
  static Path tokenFile(Map<String, String> env) {
    return has(env, "PINTEREST_TOKEN_FILE") ? Paths.get(env.get("PINTEREST_TOKEN_FILE"))
        : DEFAULT_TOKEN_FILE;
  }

  /**
   * The same Pinterest (and fake) through another client, such as one signed in as a user.
   * Closing the result closes {@code client} only.
   */
  public Connection withClient(Pinterest client) {
    return new Connection(client, fake, false);
  }

  public Pinterest pinterest() {
    return pinterest;
  }

  public boolean isFake() {
    return fake != null;
  }

  /** The embedded fake, when there is one. */
  public Optional<FakePinterest> fake() {
    return Optional.ofNullable(fake);
  }

  /** The page where a user approves the app: Pinterest's, or the fake's. */
  public String authorizeUrl() {
    return fake != null ? fake.authorizeUrl() : AuthorizationUrl.PINTEREST_AUTHORIZE;
  }

  /** Today in UTC, by the fake's clock on the fake, so its dates stay the same run to run. */
  public LocalDate today() {
    return LocalDate.ofInstant(fake != null ? fake.clock().instant() : Instant.now(),
        ZoneOffset.UTC);
  }

  /**
   * A poller for uploads and reports that tells {@code onWait} before each wait. On the fake,
   * the waits move the fake's clock instead of sleeping, so examples and tests never sleep.
   */
  public Poller poller(Consumer<Duration> onWait) {
    Poller.Builder poller = Poller.builder();
    Sleeper sleeper = Sleeper.SYSTEM;
    if (fake != null && fake.clock() instanceof FakeClock clock) {
      poller.initialInterval(Duration.ofSeconds(1)).maxInterval(Duration.ofSeconds(5)).clock(clock);
      sleeper = clock::advance;
    }
    Sleeper waits = sleeper;
    return poller.sleeper(wait -> {
      onWait.accept(wait);
      waits.sleep(wait);
    }).build();
  }

  @Override
  public void close() {
    pinterest.close();
    if (ownsFake) {
      fake.close();
    }
  }

  private static boolean has(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }
}
