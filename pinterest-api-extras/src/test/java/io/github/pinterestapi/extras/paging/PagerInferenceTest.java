package io.github.pinterestapi.extras.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pinterestapi.v5.api.BoardsApi;
import io.github.pinterestapi.v5.model.Board;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** Users write the lambda without type witnesses; this compiles only if inference copes. */
class PagerInferenceTest {
  @Test
  void theDocumentedFormsCompileWithoutTypeWitnesses() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      FakeBoards fake = new FakeBoards().page(null, null, "b1");
      server.setDispatcher(fake);
      server.start();
      BoardsApi boards = FakeBoards.boardsApi(server, new OkHttpClient());

      int count = 0;
      for (Board board : Pager.of(bookmark -> FakeBoards.list(boards, bookmark, 250))
          .executeWith(PagerTest::execute)) {
        assertEquals("b1", board.getId());
        count++;
      }
      String first = Pager.ofSized((bookmark, size) -> FakeBoards.list(boards, bookmark, size))
          .limit(1).iterator().next().getId();

      assertEquals(1, count);
      assertEquals("b1", first);
    }
  }
}
