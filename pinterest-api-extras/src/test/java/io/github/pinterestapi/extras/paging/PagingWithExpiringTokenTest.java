package io.github.pinterestapi.extras.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pinterestapi.internal.http.AccessTokenInterceptor;
import io.github.pinterestapi.extras.oauth.InMemoryTokenStore;
import io.github.pinterestapi.extras.oauth.OAuthClient;
import io.github.pinterestapi.extras.oauth.RefreshingTokenProvider;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.v5.api.BoardsApi;
import io.github.pinterestapi.v5.model.Board;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A long listing outlives its access token; the walk must go on with nothing lost or repeated. */
class PagingWithExpiringTokenTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime clock = new FakeTime();
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final AtomicBoolean oldTokenRevoked = new AtomicBoolean();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final FakeBoards pages = new FakeBoards()
      .page(null, "p2", "b1", "b2").page("p2", "p3", "b3", "b4").page("p3", null, "b5");
  private BoardsApi boards;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().startsWith("/v5/oauth/token")) {
          log.add("refresh");
          return new MockResponse().setHeader("Content-Type", "application/json")
              .setBody("{\"access_token\":\"pina_NEW\",\"response_type\":\"refresh_token\","
                  + "\"expires_in\":2592000}");
        }
        String auth = request.getHeader("Authorization");
        log.add(request.getRequestUrl().queryParameter("bookmark") + " " + auth);
        if (auth.equals("Bearer pina_OLD") && oldTokenRevoked.get()) {
          return new MockResponse().setResponseCode(401)
              .setBody("{\"code\":2,\"message\":\"Authentication failed.\"}");
        }
        return pages.dispatch(request);
      }
    });
    server.start();
    OAuthClient oauth = OAuthClient.builder().appId("app-id").appSecret("app-secret")
        .baseUrl(server.url("/v5/")).clock(clock).build();
    RefreshingTokenProvider tokens = RefreshingTokenProvider.builder(oauth, store).clock(clock)
        .skew(Duration.ofMinutes(5)).build();
    store.save(Token.builder("pina_OLD").refreshToken("pinr_OLD")
        .accessExpiresAt(clock.instant().plus(Duration.ofHours(1))).build());
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(new AccessTokenInterceptor(tokens, server.url("/v5/"))).build();
    boards = FakeBoards.boardsApi(server, client);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private Iterator<Board> walk() {
    return Pager.of((String bookmark) -> FakeBoards.list(boards, bookmark, 250)).iterator();
  }

  private static List<String> rest(Iterator<Board> iterator, List<String> ids) {
    iterator.forEachRemaining(board -> ids.add(board.getId()));
    return ids;
  }

  @Test
  void aPageRejectedWith401IsRefetchedWithTheRefreshedToken() {
    Iterator<Board> iterator = walk();
    List<String> ids = new ArrayList<>();
    ids.add(iterator.next().getId());
    ids.add(iterator.next().getId());
    // Pinterest stops accepting the token before the expiry we were told.
    oldTokenRevoked.set(true);

    assertEquals(Arrays.asList("b1", "b2", "b3", "b4", "b5"), rest(iterator, ids));
    assertEquals(Arrays.asList("null Bearer pina_OLD", "p2 Bearer pina_OLD", "refresh",
        "p2 Bearer pina_NEW", "p3 Bearer pina_NEW"), log);
    assertEquals("pina_NEW", store.load().accessToken());
  }

  @Test
  void aTokenExpiringBetweenPagesIsRefreshedBeforeTheNextOne() {
    Iterator<Board> iterator = walk();
    List<String> ids = new ArrayList<>();
    ids.add(iterator.next().getId());
    ids.add(iterator.next().getId());
    clock.advance(Duration.ofMinutes(56));

    assertEquals(Arrays.asList("b1", "b2", "b3", "b4", "b5"), rest(iterator, ids));
    assertEquals(Arrays.asList("null Bearer pina_OLD", "refresh", "p2 Bearer pina_NEW",
        "p3 Bearer pina_NEW"), log);
  }
}
