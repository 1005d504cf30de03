package io.github.pinterestapi;

import static io.github.pinterestapi.testing.TestClients.REFRESH_TOKEN;
import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.newPin;
import static io.github.pinterestapi.testing.TestClients.pinterestError;
import static io.github.pinterestapi.testing.TokenCheckingDispatcher.NEW_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.errors.PinterestAuthenticationException;
import io.github.pinterestapi.errors.PinterestIoException;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.extras.oauth.InMemoryTokenStore;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.extras.paging.Pager;
import io.github.pinterestapi.errors.PagingException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.testing.TokenCheckingDispatcher;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The fault matrix, continued from {@link FaultMatrixTest} (1-29): faults that cross tokens,
 * retries and paging, through the full client refreshing tokens from a store. Each scenario
 * asserts what the caller gets and the requests Pinterest received ("refresh" is a call to the
 * token endpoint). The stored token is {@code TOKEN}, expiring in an hour; refreshing gives
 * {@code NEW_TOKEN}; the fake answers 401 to tokens it does not accept.
 */
@Execution(ExecutionMode.CONCURRENT) // Beside the other classes: it mostly waits on its server.
class FaultMatrixAuthPagingTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final TokenCheckingDispatcher pinterestSide = new TokenCheckingDispatcher(TOKEN)
      .page(null, "p2", "b1", "b2").page("p2", "p3", "b3", "b4").page("p3", null, "b5");
  private final InMemoryTokenStore store = new InMemoryTokenStore(Token.builder(TOKEN)
      .refreshToken(REFRESH_TOKEN).accessExpiresAt(time.instant().plus(Duration.ofHours(1)))
      .build());
  private Pinterest pinterest;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(pinterestSide);
    server.start();
    pinterest = TestClients.against(server, time).tokenStore(store)
        .appCredentials("1234567", "app-secret-value").build();
  }

  @AfterEach
  void stop() throws IOException {
    pinterest.close();
    server.shutdown();
  }

  private String getPin() {
    return pinterest.pins().get(PinsGetParams.builder().pinId("123").build()).getId();
  }

  private Pager<Board> boards() {
    return pinterest.boards().listAll();
  }

  private static List<String> drain(Iterator<Board> walk, List<String> ids) {
    walk.forEachRemaining(board -> ids.add(board.getId()));
    return ids;
  }

  private static List<String> log(String... lines) {
    return Arrays.asList(lines);
  }

  private void expireStoredToken() {
    time.advance(Duration.ofMinutes(58)); // within the 5-minute refresh skew
  }

  @Test
  @DisplayName("30. Token reaches expiry between pages of a walk -> one refresh, b1..b5 once each; 4 requests")
  void tokenExpiresMidWalk() {
    Iterator<Board> walk = boards().iterator();
    List<String> ids = new ArrayList<>(Arrays.asList(walk.next().getId(), walk.next().getId()));
    expireStoredToken();
    assertEquals(log("b1", "b2", "b3", "b4", "b5"), drain(walk, ids));
    assertEquals(log("GET /v5/boards " + TOKEN, "refresh", "GET /v5/boards?p2 " + NEW_TOKEN,
        "GET /v5/boards?p3 " + NEW_TOKEN), pinterestSide.log);
    assertEquals(NEW_TOKEN, store.load().accessToken());
  }

  @Test
  @DisplayName("31. Token revoked mid-walk (401 on page 2) -> refresh, page 2 again, b1..b5 once each; 5 requests")
  void tokenRevokedMidWalk() {
    Iterator<Board> walk = boards().iterator();
    List<String> ids = new ArrayList<>(Arrays.asList(walk.next().getId(), walk.next().getId()));
    pinterestSide.acceptedTokens.remove(TOKEN);
    assertEquals(log("b1", "b2", "b3", "b4", "b5"), drain(walk, ids));
    assertEquals(log("GET /v5/boards " + TOKEN, "GET /v5/boards?p2 " + TOKEN, "refresh",
        "GET /v5/boards?p2 " + NEW_TOKEN, "GET /v5/boards?p3 " + NEW_TOKEN), pinterestSide.log);
  }

  @Test
  @DisplayName("32. 100 threads, expired token -> all get the pin; exactly 1 refresh; 101 requests")
  void hundredThreadsOneRefreshOnExpiry() throws Exception {
    expireStoredToken();
    List<String> results = inParallel(100, this::getPin);
    assertEquals(100, results.stream().filter("123"::equals).count());
    assertEquals(1, pinterestSide.count("refresh"));
    assertEquals(100, pinterestSide.countEndingWith(" " + NEW_TOKEN));
    assertEquals(101, server.getRequestCount());
  }

  @Test
  @DisplayName("33. 100 threads, token revoked (every old-token request 401s) -> all get the pin; exactly 1 refresh; 101 + 401s requests")
  void hundredThreadsOneRefreshOn401() throws Exception {
    pinterestSide.acceptedTokens.remove(TOKEN);
    List<String> results = inParallel(100, this::getPin);
    assertEquals(100, results.stream().filter("123"::equals).count());
    assertEquals(1, pinterestSide.count("refresh"));
    long rejected = pinterestSide.countEndingWith(" " + TOKEN);
    assertTrue(rejected >= 1 && rejected <= 100, "rejected: " + rejected);
    assertEquals(100, pinterestSide.countEndingWith(" " + NEW_TOKEN));
    assertEquals(101 + rejected, server.getRequestCount());
  }

  @Test
  @DisplayName("34. Expired token, refresh is an invalid grant -> SignInRequiredException, nothing sent to the API; 1 request")
  void invalidGrantBeforeExpiry() {
    expireStoredToken();
    pinterestSide.tokenAnswers.add(pinterestError(400, 283, "Invalid refresh token"));
    SignInRequiredException e = assertThrows(SignInRequiredException.class, this::getPin);
    assertEquals(283, e.pinterestCode());
    assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
    assertEquals(log("refresh"), pinterestSide.log);
    assertEquals(TOKEN, store.load().accessToken());
  }

  @Test
  @DisplayName("35. 401, then the refresh is an invalid grant -> SignInRequiredException, not the 401; 2 requests")
  void invalidGrantAfter401() {
    pinterestSide.acceptedTokens.remove(TOKEN);
    pinterestSide.tokenAnswers.add(json(400,
        "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token revoked\"}"));
    SignInRequiredException e = assertThrows(SignInRequiredException.class, this::getPin);
    assertEquals("invalid_grant", e.error());
    assertEquals(log("GET /v5/pins/123 " + TOKEN, "refresh"), pinterestSide.log);
  }

  @Test
  @DisplayName("36. 401, refresh succeeds, 401 again -> PinterestAuthenticationException, no loop; 3 requests")
  void second401ReachesTheCaller() {
    pinterestSide.acceptedTokens.clear();
    PinterestAuthenticationException e =
        assertThrows(PinterestAuthenticationException.class, this::getPin);
    assertFalse(e.isInvalidGrant());
    assertEquals(log("GET /v5/pins/123 " + TOKEN, "refresh", "GET /v5/pins/123 " + NEW_TOKEN),
        pinterestSide.log);
  }

  @Test
  @DisplayName("37. POST answered 401 -> refreshed and resent once (Pinterest refused it), pin created once; 3 requests")
  void post401ResentOnceWithNewToken() {
    pinterestSide.acceptedTokens.remove(TOKEN);
    assertEquals("123", pinterest.pins().create(PinsCreateParams.builder()
        .body(newPin())
        .build()).getId());
    assertEquals(log("POST /v5/pins " + TOKEN, "refresh", "POST /v5/pins " + NEW_TOKEN),
        pinterestSide.log);
  }

  @Test
  @DisplayName("38. Expired token, then the POST's connection drops -> PinterestIoException, POST received once, never resent; 2 requests")
  void postDroppedAfterRefreshNotResent() {
    expireStoredToken();
    pinterestSide.apiAnswers.add(json(201, TestClients.PIN_JSON)
        .setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    PinterestIoException e = assertThrows(PinterestIoException.class,
        () -> pinterest.pins().create(PinsCreateParams.builder().body(newPin()).build()));
    assertEquals("pins/create", e.operationId());
    assertEquals(log("refresh", "POST /v5/pins " + NEW_TOKEN), pinterestSide.log);
    assertEquals(log(), durations(time.waits()));
  }

  @Test
  @DisplayName("39. Page 2 rate-limited past the retries -> PagingException at p2 (cause typed), resume gives b3..b5; 1+4+2 requests")
  void rateLimitedPageThenResume() {
    Iterator<Board> walk = boards().iterator();
    List<String> ids = new ArrayList<>(Arrays.asList(walk.next().getId(), walk.next().getId()));
    for (int i = 0; i < 4; i++) {
      pinterestSide.apiAnswers.add(pinterestError(429, 29, "Rate limit exceeded"));
    }
    PagingException e = assertThrows(PagingException.class, walk::hasNext);
    assertEquals("p2", e.bookmark());
    assertInstanceOf(PinterestRateLimitException.class, e.getCause());
    assertEquals("boards/list", e.operationId());
    assertEquals(5, server.getRequestCount());

    assertEquals(log("b1", "b2", "b3", "b4", "b5"), drain(boards().startAt(e.bookmark()).iterator(), ids));
    assertEquals(7, server.getRequestCount());
  }

  @Test
  @DisplayName("40. Token expires mid-walk and the refresh is an invalid grant -> PagingException at p2 caused by SignInRequiredException; 2 requests")
  void invalidGrantMidWalk() {
    Iterator<Board> walk = boards().iterator();
    walk.next();
    walk.next();
    expireStoredToken();
    pinterestSide.tokenAnswers.add(pinterestError(400, 283, "Invalid refresh token"));
    PagingException e = assertThrows(PagingException.class, walk::hasNext);
    assertEquals("p2", e.bookmark());
    assertInstanceOf(SignInRequiredException.class, e.getCause());
    assertEquals(log("GET /v5/boards " + TOKEN, "refresh"), pinterestSide.log);
  }

  @Test
  @DisplayName("41. Async call, expired token, invalid grant -> future fails with SignInRequiredException; the dead grant then fails fast unsent; dispatcher lives on; 1 + 0 + 1 requests")
  void asyncInvalidGrant() throws Exception {
    expireStoredToken();
    pinterestSide.tokenAnswers.add(pinterestError(400, 283, "Invalid refresh token"));
    ExecutionException e = assertThrows(ExecutionException.class, () -> pinterest.pins().async().get(PinsGetParams.builder()
            .pinId("123")
            .build()).get(5, TimeUnit.SECONDS));
    assertInstanceOf(SignInRequiredException.class, e.getCause());
    assertEquals(1, server.getRequestCount());

    // The refused grant is not sent again: the next call fails at once, sending nothing.
    ExecutionException again = assertThrows(ExecutionException.class, () -> pinterest.pins().async()
        .get(PinsGetParams.builder().pinId("123").build()).get(5, TimeUnit.SECONDS));
    assertInstanceOf(SignInRequiredException.class, again.getCause());
    assertEquals(1, server.getRequestCount());

    // Signed in again (a new token in the store): served on the same dispatcher.
    store.save(Token.builder(NEW_TOKEN).refreshToken("pinr_NEW_refresh_token_0001")
        .accessExpiresAt(time.instant().plusSeconds(3600)).build());
    assertEquals("123", pinterest.pins().async().get(PinsGetParams.builder().pinId("123").build())
        .get(5, TimeUnit.SECONDS).getId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  @DisplayName("42. Token endpoint 503 -> OAuthException with status 503; refresh POST not resent, API not called; 1 request")
  void tokenEndpointServerError() {
    expireStoredToken();
    pinterestSide.tokenAnswers.add(pinterestError(503, 0, "Service unavailable"));
    OAuthException e = assertThrows(OAuthException.class, this::getPin);
    assertFalse(e instanceof SignInRequiredException);
    assertEquals(503, e.httpStatus());
    assertEquals(log("refresh"), pinterestSide.log);
  }

  @Test
  @DisplayName("43. Token endpoint 429 with Retry-After: 2 -> waits 2 s, refresh retried, then the call; 3 requests")
  void tokenEndpointRateLimited() {
    expireStoredToken();
    pinterestSide.tokenAnswers.add(pinterestError(429, 29, "Rate limit exceeded")
        .setHeader("Retry-After", "2"));
    assertEquals("123", getPin());
    assertEquals(log("refresh", "refresh", "GET /v5/pins/123 " + NEW_TOKEN), pinterestSide.log);
    assertEquals(log("PT2S"), durations(time.waits()));
  }

  @Test
  @DisplayName("44. Token endpoint drops the connection -> OAuthException, API not called; next call refreshes; 1 + 2 requests")
  void tokenEndpointDisconnects() {
    expireStoredToken();
    pinterestSide.tokenAnswers.add(new MockResponse()
        .setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    OAuthException e = assertThrows(OAuthException.class, this::getPin);
    assertTrue(e.getMessage().contains("before Pinterest answered"), e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals("123", getPin());
    assertEquals(log("refresh", "refresh", "GET /v5/pins/123 " + NEW_TOKEN), pinterestSide.log);
  }

  @Test
  @DisplayName("45. API call answers invalid grant (code 283) -> SignInRequiredException caused by the API error, no refresh; 1 request")
  void apiInvalidGrant() {
    pinterestSide.apiAnswers.add(pinterestError(400, 283, "Invalid grant"));
    SignInRequiredException e = assertThrows(SignInRequiredException.class, this::getPin);
    PinterestAuthenticationException cause = (PinterestAuthenticationException) e.getCause();
    assertTrue(cause.isInvalidGrant());
    assertEquals("rid-400", cause.requestId());
    assertEquals(log("GET /v5/pins/123 " + TOKEN), pinterestSide.log);
  }

  @Test
  @DisplayName("46. Only a refresh token known (PINTEREST_REFRESH_TOKEN), 10 threads -> 1 refresh, then 10 calls; 11 requests")
  void refreshTokenOnlyStartsWithOneRefresh() throws Exception {
    pinterest.close();
    pinterest = TestClients.withoutToken(server, time)
        .appCredentials(AppCredentials.of("1234567", "app-secret-value")
            .withRefreshToken(REFRESH_TOKEN))
        .build();
    List<String> results = inParallel(10, this::getPin);
    assertEquals(10, results.stream().filter("123"::equals).count());
    assertEquals(1, pinterestSide.count("refresh"));
    assertEquals(11, server.getRequestCount());
  }

  private static List<String> durations(List<Duration> waits) {
    List<String> text = new ArrayList<>();
    waits.forEach(wait -> text.add(wait.toString()));
    return text;
  }

  private static List<String> inParallel(int threads, Callable<String> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return task.call();
        }));
      }
      ready.await();
      go.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
