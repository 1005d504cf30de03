package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.model.AdAccount;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.BoardSection;
import io.github.pinterestapi.v5.model.Media;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An embedded, stateful fake of Pinterest's API v5 on loopback, for tests and examples that
 * must run with no account. It keeps boards, pins, media, tokens and reports; pages with real
 * bookmarks; answers in Pinterest's error format with its rate-limit headers; can inject faults
 * ({@link #faults()}); and answers 501 naming any operation it does not serve. JVM-only.
 *
 * <p>Use it as a JUnit 5 extension (a static field lives for the class, an instance field for
 * each test) or as a plain object with {@link #start()} and {@link #close()}:
 *
 * <pre>{@code
 * @RegisterExtension static FakePinterest fake = new FakePinterest();
 *
 * Pinterest pinterest = Pinterest.builder()
 *     .baseUrl(fake.baseUrl()).accessToken(fake.accessToken()).build();
 * }</pre>
 *
 * <p>Requests need {@code Authorization: Bearer} with {@link #TEST_TOKEN}, a token accepted with
 * {@link #acceptToken}, or one the fake issued through {@code oauth/token}. Uploads, report
 * downloads and the OAuth approval page live on a second origin, {@link #storageUrl()}, which
 * refuses requests that carry {@code Authorization}, as S3 does.
 */
public final class FakePinterest
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
    AutoCloseable {
  /** An access token every fake accepts from the start; it never expires. */
  public static final String TEST_TOKEN = "pina_fake_test_token";
  /** An OAuth app every fake knows. */
  public static final String DEFAULT_APP_ID = "1500000";
  public static final String DEFAULT_APP_SECRET = "fake-app-secret";

  private final FakeState state;
  private final Faults faults = new Faults();
  private final Recorder recorder = new Recorder();
  private final RateLimits rateLimits;
  private final Servers servers;
  private boolean perTest;

  /** A fake with the default settings, not yet started. */
  public FakePinterest() {
    this(new FakePinterestBuilder());
  }

  FakePinterest(FakePinterestBuilder settings) {
    this.state = new FakeState(settings);
    this.rateLimits = new RateLimits(settings.rateLimit, settings.rateLimitWindow);
    this.servers = new Servers(state, faults, rateLimits, recorder);
  }

  public static FakePinterestBuilder builder() {
    return new FakePinterestBuilder();
  }

  /** Starts both origins on loopback; does nothing if already started. */
  public FakePinterest start() {
    servers.start();
    return this;
  }

  /** Stops both origins. A closed fake cannot be started again. */
  @Override
  public void close() {
    servers.close();
  }

  /** The API base URL, such as {@code http://127.0.0.1:50123/v5/}, for {@code Pinterest.builder().baseUrl(…)}. */
  public String baseUrl() {
    return servers.apiOrigin().resolve("v5/").toString();
  }

  /** The origin standing in for S3 and www.pinterest.com; it is never the API's origin. */
  public String storageUrl() {
    return servers.storageOrigin().toString();
  }

  /** The approval page to use instead of {@code https://www.pinterest.com/oauth/}. */
  public String authorizeUrl() {
    return servers.storageOrigin().resolve(StorageRoutes.AUTHORIZE_PATH).toString();
  }

  /** {@link #TEST_TOKEN}: a token this fake accepts and never expires. */
  public String accessToken() {
    return TEST_TOKEN;
  }

  /** Accepts {@code token} as a bearer token from now on; it never expires. */
  public FakePinterest acceptToken(String token) {
    synchronized (state) {
      state.tokens.access.put(token, new Tokens.Grant(token, null, null, null));
    }
    return this;
  }

  /** Issues an access token that expires after {@code lifetime} by the fake's clock. */
  public String newAccessToken(Duration lifetime) {
    synchronized (state) {
      return state.tokens.issueAccess(state.clock.instant(), lifetime, null, null).token;
    }
  }

  /**
   * A refresh token of the default app for {@code user}, starting that user's rotation: the
   * tokens refreshed from it belong to {@code user}, whose calls count against the per-user
   * limits of {@link FakePinterestBuilder#userRateLimit}.
   */
  public String refreshTokenFor(String user) {
    synchronized (state) {
      Tokens.Grant grant = state.tokens.issueRefresh(state.clock.instant(),
          state.settings.refreshTokenLifetime, null, DEFAULT_APP_ID, user);
      Tokens.RefreshChain chain = new Tokens.RefreshChain();
      chain.latest = grant.token;
      state.tokens.chains.put(OAuthRoutes.chainKey(user), chain);
      return grant.token;
    }
  }

  /** Every bearer-authenticated call counted against per-user limits, in arrival order. */
  public List<UserCall> userCalls() {
    return state.traffic.calls();
  }

  /** Every {@code refresh_token} grant answered, in order. */
  public List<TokenRefresh> tokenRefreshes() {
    return state.traffic.refreshes();
  }

  /** Makes {@code token} expired now: requests with it get 401. */
  public FakePinterest expireToken(String token) {
    synchronized (state) {
      Tokens.Grant old = state.tokens.access.get(token);
      state.tokens.access.put(token, new Tokens.Grant(token, state.clock.instant(),
          old == null ? null : old.scope, old == null ? null : old.appId));
    }
    return this;
  }

  /**
   * An authorization code as if the user approved {@code appId} on Pinterest, for
   * {@code oauth/token}; {@link #authorizeUrl()} hands these out over HTTP.
   */
  public String authorize(String appId, String redirectUri, String scope) {
    synchronized (state) {
      if (!state.tokens.appSecrets.containsKey(appId)) {
        throw new IllegalArgumentException("Unknown app " + appId);
      }
      return state.tokens.issueCode(appId, redirectUri, scope);
    }
  }

  /** The fault switches of the API origin. */
  public Faults faults() {
    return faults;
  }

  /** The clock the fake reads; a {@link FakeClock} if the builder was given one. */
  public Clock clock() {
    return state.clock;
  }

  /** Every request received so far on both origins, in order. */
  public List<RecordedCall> requests() {
    return recorder.snapshot();
  }

  /** Requests that reached the storage origin carrying an {@code Authorization} header. */
  public List<RecordedCall> authorizationLeaks() {
    List<RecordedCall> leaks = new ArrayList<>();
    for (RecordedCall call : recorder.snapshot()) {
      if (call.origin() == RecordedCall.Origin.STORAGE && call.header("Authorization") != null) {
        leaks.add(call);
      }
    }
    return leaks;
  }

  public void clearRequests() {
    recorder.clear();
  }

  /** Copies of the boards, in creation order. */
  public List<Board> boards() {
    return copies(s -> s.boards.values().stream().map(s::view).toList());
  }

  /** Copies of all pins, in creation order. */
  public List<Pin> pins() {
    return copies(s -> s.pins.values());
  }

  /** Copies of a board's sections. */
  public List<BoardSection> sections(String boardId) {
    return copies(s -> s.sections.getOrDefault(boardId, Map.of()).values());
  }

  /** Registered media and their current status (reading them does not count as a poll). */
  public List<Media> media() {
    return copies(s -> s.media.values().stream().map(servers.media::view).toList());
  }

  public List<AdAccount> adAccounts() {
    return copies(s -> s.adAccounts.values());
  }

  /** Creates a public board directly, without a request. */
  public Board addBoard(String name) {
    synchronized (state) {
      return Json.copy(servers.boards.create(new BoardCreate().name(name)));
    }
  }

  /** Creates a pin from an image URL on {@code boardId} directly, without a request. */
  public Pin addPin(String boardId, String title, String imageUrl) {
    synchronized (state) {
      return Json.copy(servers.pins.create(new PinCreate().boardId(boardId).title(title)
          .mediaSource(new PinMediaSourceImageURL()
              .sourceType(PinMediaSourceImageURL.SourceTypeEnum.IMAGE_URL).url(imageUrl))));
    }
  }

  /** Forgets all state, issued tokens, recorded requests, faults and rate-limit counts. */
  public void reset() {
    synchronized (state) {
      state.reset();
    }
    recorder.clear();
    faults.clear();
    rateLimits.reset();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** Starts a fake registered on an instance field, which lives for one test. */
  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (!servers.isStarted()) {
      perTest = true;
      start();
    }
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (perTest) {
      close();
    }
  }

  @Override
  public String toString() {
    return "FakePinterest{" + (servers.isStarted() ? baseUrl() : "not started") + "}";
  }

  private <T> List<T> copies(Function<FakeState, Collection<? extends T>> read) {
    synchronized (state) {
      List<T> copies = new ArrayList<>();
      for (T item : read.apply(state)) {
        copies.add(Json.copy(item));
      }
      return copies;
    }
  }
}
