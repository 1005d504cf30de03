package io.github.pinterestapi.extras.paging;

import io.github.pinterestapi.v5.api.BoardsApi;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link MockWebServer} per test serving {@link FakeBoards} with five boards on three pages:
 * b1 b2, then b3 b4 at bookmark p2, then b5 at bookmark p3. Tests may replace or add pages.
 *
 * <pre>{@code
 * @RegisterExtension final BoardPagesServer api = new BoardPagesServer();
 * }</pre>
 */
final class BoardPagesServer implements BeforeEachCallback, AfterEachCallback {
  final MockWebServer server = new MockWebServer();
  final FakeBoards fake = new FakeBoards()
      .page(null, "p2", "b1", "b2").page("p2", "p3", "b3", "b4").page("p3", null, "b5");
  BoardsApi boards;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server.setDispatcher(fake);
    server.start();
    boards = FakeBoards.boardsApi(server, new OkHttpClient());
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    server.shutdown();
  }
}
