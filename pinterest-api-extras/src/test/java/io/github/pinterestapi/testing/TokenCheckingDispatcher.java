package io.github.pinterestapi.testing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A small Pinterest for auth scenarios: a token endpoint, pins and paged boards, answering 401 to
 * any bearer token it does not (or no longer) accept. Records every request as
 * {@code "refresh"} or {@code "METHOD path[?bookmark] token"}, in arrival order.
 */
public final class TokenCheckingDispatcher extends Dispatcher {
  public static final String NEW_TOKEN = "pina_AMA_new_access_token_0001";

  /** What the token endpoint answers next; when empty, a refresh to {@link #NEW_TOKEN}. */
  public final Queue<MockResponse> tokenAnswers = new ConcurrentLinkedQueue<>();
  /** What API calls with an accepted token answer next, before the normal answers. */
  public final Queue<MockResponse> apiAnswers = new ConcurrentLinkedQueue<>();
  public final Set<String> acceptedTokens = ConcurrentHashMap.newKeySet();
  public final List<String> log = new CopyOnWriteArrayList<>();
  private final Map<String, String> pages = new ConcurrentHashMap<>();

  public TokenCheckingDispatcher(String... accepted) {
    Collections.addAll(acceptedTokens, accepted);
    acceptedTokens.add(NEW_TOKEN);
  }

  /** Boards page at {@code bookmark} (null: the first) with {@code ids}, pointing to {@code next}. */
  public TokenCheckingDispatcher page(String bookmark, String next, String... ids) {
    StringBuilder items = new StringBuilder();
    for (String id : ids) {
      items.append(items.length() == 0 ? "" : ",")
          .append("{\"id\":\"").append(id).append("\",\"name\":\"Board ").append(id).append("\"}");
    }
    pages.put(String.valueOf(bookmark), "{\"items\":[" + items + "],\"bookmark\":"
        + (next == null ? "null" : "\"" + next + "\"") + "}");
    return this;
  }

  public long count(String prefix) {
    return log.stream().filter(line -> line.startsWith(prefix)).count();
  }

  public long countEndingWith(String suffix) {
    return log.stream().filter(line -> line.endsWith(suffix)).count();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getRequestUrl().encodedPath();
    if (path.equals("/v5/oauth/token")) {
      log.add("refresh");
      MockResponse answer = tokenAnswers.poll();
      return answer != null ? answer : TestClients.json(200, "{\"access_token\":\"" + NEW_TOKEN
          + "\",\"response_type\":\"refresh_token\",\"token_type\":\"bearer\","
          + "\"expires_in\":2592000,\"scope\":\"boards:read,pins:read\"}");
    }
    String auth = String.valueOf(request.getHeader("Authorization"));
    String token = auth.startsWith("Bearer ") ? auth.substring(7) : auth;
    String bookmark = request.getRequestUrl().queryParameter("bookmark");
    log.add(request.getMethod() + " " + path + (bookmark == null ? "" : "?" + bookmark) + " "
        + token);
    if (!acceptedTokens.contains(token)) {
      return TestClients.pinterestError(401, 2, "Authentication failed");
    }
    MockResponse override = apiAnswers.poll();
    if (override != null) {
      return override;
    }
    if (path.equals("/v5/boards")) {
      String page = pages.get(String.valueOf(bookmark));
      return page == null ? new MockResponse().setResponseCode(404)
          : TestClients.json(200, page);
    }
    if (path.startsWith("/v5/pins")) {
      return TestClients.json(request.getMethod().equals("POST") ? 201 : 200, TestClients.PIN_JSON);
    }
    return new MockResponse().setResponseCode(404);
  }
}
