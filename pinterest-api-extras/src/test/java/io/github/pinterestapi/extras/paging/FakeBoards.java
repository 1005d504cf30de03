package io.github.pinterestapi.extras.paging;

import io.github.pinterestapi.testing.LowLevelCalls;
import io.github.pinterestapi.v5.api.BoardsApi;
import io.github.pinterestapi.v5.model.BoardsList200Response;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Serves {@code GET /v5/boards} from pages set up by a test, keyed by bookmark, and records the
 * bookmark and page size of every request.
 */
final class FakeBoards extends Dispatcher {
  static final String FIRST = "<first>";

  private final Map<String, MockResponse> pages = new LinkedHashMap<>();
  final List<String> bookmarks = new CopyOnWriteArrayList<>();
  final List<String> pageSizes = new CopyOnWriteArrayList<>();

  /** The page for {@code bookmark} (null for the first) holds {@code ids} and points to {@code next}. */
  FakeBoards page(String bookmark, String next, String... ids) {
    List<String> items = new ArrayList<>();
    for (String id : ids) {
      items.add("{\"id\":\"" + id + "\",\"name\":\"Board " + id + "\"}");
    }
    String body = "{\"items\":[" + String.join(",", items) + "],\"bookmark\":"
        + (next == null ? "null" : "\"" + next + "\"") + "}";
    pages.put(bookmark == null ? FIRST : bookmark, new MockResponse()
        .setHeader("Content-Type", "application/json").setBody(body));
    return this;
  }

  FakeBoards failing(String bookmark, int status) {
    pages.put(bookmark, new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"code\":1,\"message\":\"Something went wrong\"}"));
    return this;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String bookmark = request.getRequestUrl().queryParameter("bookmark");
    bookmarks.add(bookmark == null ? FIRST : bookmark);
    pageSizes.add(request.getRequestUrl().queryParameter("page_size"));
    MockResponse page = pages.get(bookmark == null ? FIRST : bookmark);
    return page != null ? page : new MockResponse().setResponseCode(404);
  }

  /** The low-level {@code boards/list} call of one page, by parameter name. */
  static Call<BoardsList200Response> list(BoardsApi api, String bookmark, Integer pageSize) {
    return LowLevelCalls.call(api, "boardsList", "bookmark", bookmark, "page_size", pageSize);
  }

  static BoardsApi boardsApi(MockWebServer server, OkHttpClient client) {
    return new Retrofit.Builder().baseUrl(server.url("/v5/")).client(client)
        .addConverterFactory(MoshiConverterFactory.create(PinterestMoshi.get())).build()
        .create(BoardsApi.class);
  }
}
