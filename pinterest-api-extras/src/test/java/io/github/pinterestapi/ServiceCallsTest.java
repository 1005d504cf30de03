package io.github.pinterestapi;

import static io.github.pinterestapi.testing.TestClients.PIN_JSON;
import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.pinterestError;
import static io.github.pinterestapi.testing.TestClients.taken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.errors.PinterestNotFoundException;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.extras.http.RetryPolicy;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.api.PinsApi;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardPrivacy;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.BoardsCreateParams;
import io.github.pinterestapi.v5.params.BoardsListParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated services run through the client's execution path, with per-call settings. */
class ServiceCallsTest {
  private final FakeTime time = new FakeTime();
  private MockWebServer server;
  private Pinterest pinterest;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    pinterest = TestClients.against(server, time).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() throws Exception {
    pinterest.close();
    server.shutdown();
  }

  private Pin serviceGet() {
    return pinterest.pins().get(PinsGetParams.builder().pinId("123").build());
  }

  private Pin executeGet() {
    return pinterest.execute(pinterest.api(PinsApi.class).pinsGet("123", null, null));
  }

  /** What a service call and execute each throw for the same answer: the same kind. */
  private PinterestException thrownBoth(MockResponse answer) {
    server.enqueue(answer);
    PinterestException byService = assertThrows(PinterestException.class, this::serviceGet);
    server.enqueue(answer);
    PinterestException byExecute = assertThrows(PinterestException.class, this::executeGet);
    assertEquals(byExecute.getClass(), byService.getClass());
    assertEquals(byExecute.getMessage(), byService.getMessage());
    return byService;
  }

  @Test
  void aServiceCallThrowsWhatExecuteThrows() {
    assertInstanceOf(PinterestNotFoundException.class,
        thrownBoth(pinterestError(404, 50, "Pin not found")));
    PinterestException limited = thrownBoth(pinterestError(429, 8, "Too many requests")
        .setHeader("Retry-After", "7"));
    assertInstanceOf(PinterestRateLimitException.class, limited);
    SignInRequiredException signIn = (SignInRequiredException) thrownBoth(
        pinterestError(400, 283, "Invalid refresh token"));
    assertEquals("pins/get", signIn.operationId());
  }

  @Test
  void theAsyncFormFailsWithTheSameTypedException() {
    server.enqueue(pinterestError(404, 50, "Pin not found"));
    CompletionException e = assertThrows(CompletionException.class,
        () -> pinterest.pins().async().get(PinsGetParams.builder().pinId("123").build()).join());
    assertInstanceOf(PinterestNotFoundException.class, e.getCause());
  }

  @Test
  void namedParametersReachTheRightPlaces() throws Exception {
    server.enqueue(json(200, PIN_JSON));
    Pin pin = pinterest.pins().get(PinsGetParams.builder()
        .pinId("123").adAccountId("549755813888").pinMetrics(true).build());
    assertEquals("Lighthouse", pin.getTitle());
    RecordedRequest sent = taken(server);
    assertEquals("GET", sent.getMethod());
    assertEquals("/v5/pins/123?ad_account_id=549755813888&pin_metrics=true", sent.getPath());
  }

  @Test
  void bodyPropertiesMakeTheBodyAndExtrasAreAdded() throws Exception {
    server.enqueue(json(201, "{\"id\":\"b1\",\"name\":\"Recipes\"}"));
    Board board = pinterest.boards().create(BoardsCreateParams.builder()
        .name("Recipes").privacy(BoardPrivacy.SECRET)
        .putExtraBodyProperty("is_collaborative", true)
        .putExtraQueryParam("preview", "1")
        .putExtraHeader("X-Trace", "t-1")
        .build());
    assertEquals("b1", board.getId());
    RecordedRequest sent = taken(server);
    assertEquals("/v5/boards?preview=1", sent.getPath());
    assertEquals("t-1", sent.getHeader("X-Trace"));
    assertEquals("{\"name\":\"Recipes\",\"privacy\":\"SECRET\",\"is_collaborative\":true}",
        sent.getBody().readUtf8());
  }

  @Test
  void requestOptionsChangeOneCallOnly() throws Exception {
    server.enqueue(pinterestError(503, 1, "busy"));
    server.enqueue(json(200, PIN_JSON));
    RequestOptions retryOnce = RequestOptions.builder()
        .retryPolicy(RetryPolicy.builder().maxRetries(1).build())
        .timeout(Duration.ofSeconds(30))
        .header("X-Trace", "t-2")
        .build();
    assertEquals("123", pinterest.pins().get(
        PinsGetParams.builder().pinId("123").build(), retryOnce).getId());
    assertEquals("t-2", taken(server).getHeader("X-Trace"));
    assertEquals("t-2", taken(server).getHeader("X-Trace"));

    server.enqueue(pinterestError(503, 1, "busy"));
    assertThrows(PinterestException.class, this::serviceGet); // the client's policy: no retry
    assertNull(taken(server).getHeader("X-Trace"));
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void requiredParametersAreNamedByBuild() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BoardsCreateParams.builder().privacy(BoardPrivacy.SECRET).build());
    assertEquals("boards/create needs name", e.getMessage());
    assertThrows(IllegalStateException.class, () -> BoardsCreateParams.builder().name("a")
        .body(new io.github.pinterestapi.v5.model.BoardCreate().name("b")).build());
    assertThrows(IllegalArgumentException.class,
        () -> RequestOptions.builder().header("Authorization", "Bearer x"));
  }

  @Test
  void toBuilderLeavesTheOriginalAlone() {
    BoardsListParams first = BoardsListParams.builder().pageSize(10).build();
    BoardsListParams second = first.toBuilder().pageSize(20).bookmark("b").build();
    assertEquals(10, first.pageSize());
    assertNull(first.bookmark());
    assertEquals(20, second.pageSize());
  }

  @Test
  void autoPagingAsksForPagesOf250AndFollowsBookmarks() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"id\":\"b1\"}],\"bookmark\":\"next\"}"));
    server.enqueue(json(200, "{\"items\":[{\"id\":\"b2\"}],\"bookmark\":null}"));
    List<String> ids = pinterest.boards().listAll().stream().map(Board::getId)
        .collect(Collectors.toList());
    assertEquals(List.of("b1", "b2"), ids);
    assertEquals("/v5/boards?page_size=250", taken(server).getPath());
    assertEquals("/v5/boards?bookmark=next&page_size=250", taken(server).getPath());
  }

  @Test
  void extraBodyPropertiesNeedAJsonObjectBody() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> pinterest.pins().get(PinsGetParams.builder().pinId("1")
            .putExtraBodyProperty("x", 1).build()));
    assertTrue(e.getMessage().contains("need a JSON body"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
