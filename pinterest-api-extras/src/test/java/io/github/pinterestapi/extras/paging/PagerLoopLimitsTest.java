package io.github.pinterestapi.extras.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.v5.model.Board;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.github.pinterestapi.errors.PagingException;

/** A server that pages forever, with empty pages and fresh bookmarks, cannot hold the pager. */
class PagerLoopLimitsTest {
  @RegisterExtension final BoardPagesServer api = new BoardPagesServer();

  private Pager<Board> boards() {
    return Pager.of(bookmark -> api.boards.boardsList(null, null, bookmark, 250));
  }

  private void endlessEmptyPagesAfterP2() {
    api.fake.page("p2", "e1", "b3");
    for (int i = 1; i <= 50; i++) {
      api.fake.page("e" + i, "e" + (i + 1));
    }
  }

  private static List<String> walk(Pager<Board> pager) {
    List<String> ids = new ArrayList<>();
    assertThrows(PagingException.class, () -> {
      for (Board board : pager) {
        ids.add(board.getId());
      }
    });
    return ids;
  }

  @Test
  void emptyPagesInARowStopTheWalkAtTheDefault() {
    endlessEmptyPagesAfterP2();
    assertEquals(Arrays.asList("b1", "b2", "b3"), walk(boards()));
    assertEquals(2 + Pager.DEFAULT_MAX_EMPTY_PAGES, api.server.getRequestCount());
  }

  @Test
  void theEmptyPageLimitIsConfigurable() {
    endlessEmptyPagesAfterP2();
    PagingException e = assertThrows(PagingException.class,
        () -> boards().maxEmptyPages(3).forEach(board -> { }));
    assertTrue(e.getMessage().contains("3 empty pages"), e.getMessage());
    assertEquals(2 + 3, api.server.getRequestCount());
  }

  @Test
  void emptyPagesBetweenFullOnesAreFine() {
    api.fake.page("p2", "e1").page("e1", "p3").page("p3", null, "b5");
    List<String> ids = new ArrayList<>();
    boards().maxEmptyPages(3).forEach(board -> ids.add(board.getId()));
    assertEquals(Arrays.asList("b1", "b2", "b5"), ids);
  }
}
