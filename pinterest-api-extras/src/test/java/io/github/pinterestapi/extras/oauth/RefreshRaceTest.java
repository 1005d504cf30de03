package io.github.pinterestapi.extras.oauth;

import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.invalidGrant;
import static io.github.pinterestapi.extras.oauth.TokenJsonBodies.refreshed;
import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pinterestapi.errors.oauth.CorruptTokenFileException;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;

/**
 * Refreshes that fail, hang or race: one token-endpoint request per refresh whatever its outcome,
 * bounded and interruptible waits, a dead grant that fails fast, a store read again before
 * giving up, and a corrupt token file that sends nothing.
 */
class RefreshRaceTest {
  private static final Duration FOREVER = Duration.ofSeconds(10);

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicInteger apiRequests = new AtomicInteger();
  private final CountDownLatch refreshArrived = new CountDownLatch(1);
  private final CountDownLatch releaseRefresh = new CountDownLatch(1);
  private final Queue<Supplier<MockResponse>> tokenAnswers = new ConcurrentLinkedQueue<>();
  private final InMemoryTokenStore store = new InMemoryTokenStore();

  @TempDir
  Path dir;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getPath().endsWith("/oauth/token")) {
          tokenRequests.incrementAndGet();
          refreshArrived.countDown();
          releaseRefresh.await(FOREVER.getSeconds(), TimeUnit.SECONDS);
          Supplier<MockResponse> answer = tokenAnswers.poll();
          return answer != null ? answer.get() : refreshed("pina_NEW_token_0000001");
        }
        apiRequests.incrementAndGet();
        return TestClients.json(200, PIN_JSON);
      }
    });
    server.start();
    store.save(expired("pina_OLD_token_0000001", "pinr_OLD_refresh_00001"));
  }

  @AfterEach
  void stop() throws IOException {
    releaseRefresh.countDown();
    server.shutdown();
  }

  private Token expired(String access, String refresh) {
    return Token.builder(access).refreshToken(refresh)
        .accessExpiresAt(time.instant().minusSeconds(60)).build();
  }

  private Pinterest client(TokenStore tokens, Duration refreshTimeout) {
    return TestClients.withoutToken(server, time).tokenStore(tokens)
        .appCredentials("1234567", "app-secret-value").tokenRefreshTimeout(refreshTimeout).build();
  }

  private static void getPin(Pinterest pinterest) {
    pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
  }

  /** Runs {@code work} on a new thread; the future holds what it threw. */
  private static CompletableFuture<Throwable> onThread(Runnable work, List<Thread> threads) {
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        work.run();
        outcome.complete(null);
      } catch (Throwable e) {
        outcome.complete(e);
      }
    });
    threads.add(thread);
    thread.start();
    return outcome;
  }

  /** Spins (never sleeps) until every thread is parked, waiting on something. */
  private static void awaitParked(List<Thread> threads) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    for (Thread thread : threads) {
      while (thread.getState() == Thread.State.RUNNABLE || thread.getState() == Thread.State.NEW) {
        assertTrue(System.nanoTime() < deadline, thread + " never started waiting");
        Thread.yield();
      }
    }
  }

  @Test
  void threadsWaitingOnAFailedRefreshShareItsFailureWithOneRequest() {
    tokenAnswers.add(() -> invalidGrant());
    Pinterest pinterest = client(store, FOREVER);
    List<Thread> leader = new ArrayList<>();
    List<CompletableFuture<Throwable>> outcomes = new ArrayList<>();
    outcomes.add(onThread(() -> getPin(pinterest), leader));
    assertTimeoutPreemptively(FOREVER, () -> refreshArrived.await());
    List<Thread> waiters = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      outcomes.add(onThread(() -> getPin(pinterest), waiters));
    }
    awaitParked(waiters);
    releaseRefresh.countDown();

    for (CompletableFuture<Throwable> outcome : outcomes) {
      assertInstanceOf(SignInRequiredException.class, outcome.join());
    }
    assertEquals(1, tokenRequests.get(), "one token-endpoint request for all seven calls");
    assertEquals(0, apiRequests.get());

    // The dead grant fails fast, sending nothing, until the store holds another token.
    assertThrows(SignInRequiredException.class, () -> getPin(pinterest));
    assertEquals(1, tokenRequests.get());
    store.save(Token.builder("pina_SIGNED_IN_again_01").refreshToken("pinr_NEW_refresh_000001")
        .accessExpiresAt(time.instant().plusSeconds(3600)).build());
    getPin(pinterest);
    assertEquals(1, tokenRequests.get());
    assertEquals(1, apiRequests.get());
  }

  @Test
  void aWaitForAHungRefreshEndsAtItsDeadline() {
    Pinterest pinterest = client(store, Duration.ofMillis(200));
    List<Thread> leader = new ArrayList<>();
    onThread(() -> getPin(pinterest), leader);
    assertTimeoutPreemptively(FOREVER, () -> refreshArrived.await());
    OAuthException e = assertTimeoutPreemptively(FOREVER,
        () -> assertThrows(OAuthException.class, () -> getPin(pinterest)));
    // Either the wait's own deadline or the refresh's call timeout (the same setting) ended it.
    assertTrue(e.getMessage().contains("Waited") || e.getMessage().contains("timeout"),
        e.getMessage());
    assertEquals(1, tokenRequests.get());
    assertEquals(0, apiRequests.get());
  }

  @Test
  void aWaitForARefreshIsInterruptible() {
    Pinterest pinterest = client(store, FOREVER);
    onThread(() -> getPin(pinterest), new ArrayList<>());
    assertTimeoutPreemptively(FOREVER, () -> refreshArrived.await());
    List<Thread> waiter = new ArrayList<>();
    CompletableFuture<Throwable> outcome = onThread(() -> getPin(pinterest), waiter);
    awaitParked(waiter);
    waiter.get(0).interrupt();
    Throwable failure = assertTimeoutPreemptively(FOREVER, () -> outcome.get());
    assertInstanceOf(PinterestException.class, failure);
    assertEquals(0, apiRequests.get());
  }

  @Test
  void aCancelledAsyncCallFreesItsDispatcherThreadWhileARefreshHangs() {
    // The refreshing (sync) call hangs for the whole test: only the async one may leave.
    Pinterest pinterest = TestClients.withoutToken(server, time).tokenStore(store)
        .appCredentials("1234567", "app-secret-value").tokenRefreshTimeout(FOREVER)
        .readTimeout(FOREVER).build();
    onThread(() -> getPin(pinterest), new ArrayList<>());
    assertTimeoutPreemptively(FOREVER, () -> refreshArrived.await());
    okhttp3.Dispatcher dispatcher = pinterest.httpClient().dispatcher();
    // The hung call and its token request, both synchronous.
    int hung = dispatcher.runningCallsCount();
    CompletableFuture<?> call = pinterest.pins().async().get(PinsGetParams.builder()
        .pinId("1")
        .build());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (dispatcher.runningCallsCount() == hung) {
      assertTrue(System.nanoTime() < deadline);
      Thread.yield();
    }
    call.cancel(true);
    while (dispatcher.runningCallsCount() > hung) {
      assertTrue(System.nanoTime() < deadline, "the dispatcher thread is still held");
      Thread.yield();
    }
    assertEquals(hung, dispatcher.runningCallsCount(), "the refresh itself goes on");
    assertEquals(1, tokenRequests.get());
  }

  @Test
  void anInvalidGrantAfterAnotherProcessRefreshedUsesItsStoredToken() {
    Token theirs = Token.builder("pina_OTHER_process_0001").refreshToken("pinr_OTHER_refresh_001")
        .accessExpiresAt(time.instant().plusSeconds(3600)).build();
    releaseRefresh.countDown();
    // The other process refreshes first (spending our refresh token) and saves its result.
    tokenAnswers.add(() -> {
      store.save(theirs);
      return invalidGrant();
    });
    Pinterest pinterest = client(store, FOREVER);
    getPin(pinterest);
    assertEquals(1, tokenRequests.get());
    assertEquals(1, apiRequests.get());
    assertEquals("Bearer pina_OTHER_process_0001", lastAuthorization());
  }

  @Test
  void aCorruptTokenFileIsSignInRequiredWithNothingSent() throws IOException {
    Path file = dir.resolve("token.json");
    Files.write(file, "{\"access_token\": [[[[garbage".getBytes(StandardCharsets.UTF_8));
    Pinterest pinterest = client(new FileTokenStore(file), FOREVER);
    SignInRequiredException e = assertThrows(SignInRequiredException.class, () -> getPin(pinterest));
    assertInstanceOf(CorruptTokenFileException.class, e);
    assertEquals(0, server.getRequestCount());
  }

  private String lastAuthorization() {
    String last = null;
    try {
      for (RecordedRequest request; (request = server.takeRequest(0, TimeUnit.SECONDS)) != null; ) {
        last = request.getHeader("Authorization");
      }
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    return last;
  }
}
