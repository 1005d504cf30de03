package io.github.pinterestapi.extras.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.v5.model.Board;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.github.pinterestapi.errors.PagingException;

class PagerPrefetchTest {
  @RegisterExtension final BoardPagesServer api = new BoardPagesServer();
  /** Holds prefetches until the test runs them, so what happens when is up to the test. */
  private final List<Runnable> pending = new ArrayList<>();

  private Pager<Board> prefetching() {
    return Pager.of((String bookmark) -> api.boards.boardsList(null, null, bookmark, 250))
        .prefetch(pending::add);
  }

  private void runPending() {
    List<Runnable> now = new ArrayList<>(pending);
    pending.clear();
    now.forEach(Runnable::run);
  }

  @Test
  void fetchesTheNextPageWhileTheCurrentOneIsConsumed() {
    Iterator<Board> iterator = prefetching().iterator();

    assertEquals("b1", iterator.next().getId());
    assertEquals(1, pending.size(), "page 2 is queued as soon as page 1 is handed out");
    assertEquals(1, api.server.getRequestCount());

    runPending();
    assertEquals(2, api.server.getRequestCount());
    assertEquals("b2", iterator.next().getId());
    assertEquals("b3", iterator.next().getId());
    assertEquals(2, api.server.getRequestCount(), "page 2 came from the prefetch");

    runPending();
    List<String> rest = new ArrayList<>();
    iterator.forEachRemaining(board -> rest.add(board.getId()));
    assertEquals(Arrays.asList("b4", "b5"), rest);
    assertEquals(Arrays.asList(FakeBoards.FIRST, "p2", "p3"), api.fake.bookmarks);
    assertEquals(0, pending.size(), "nothing is prefetched past the last page");
  }

  @Test
  void aPrefetchedFailureSurfacesWhenItsPageIsReached() {
    api.fake.failing("p2", 503);
    Iterator<Board> iterator = prefetching().iterator();
    iterator.next();
    runPending();

    assertEquals("b2", iterator.next().getId());
    PagingException e = assertThrows(PagingException.class, iterator::hasNext);
    assertEquals("p2", e.bookmark());
  }

  @Test
  void nothingIsPrefetchedBeyondTheLimit() {
    Iterator<Board> iterator = prefetching().limit(2).iterator();
    iterator.next();
    iterator.next();

    assertEquals(0, pending.size());
    assertEquals(false, iterator.hasNext());
  }

  @Test
  void onARealThreadEveryItemArrivesOnceAndInOrder() {
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      List<String> ids = Pager.of((String bookmark) -> api.boards.boardsList(null, null, bookmark, 250))
          .prefetch(background).stream().map(Board::getId).collect(Collectors.toList());

      assertEquals(Arrays.asList("b1", "b2", "b3", "b4", "b5"), ids);
      assertEquals(3, api.server.getRequestCount());
    } finally {
      background.shutdownNow();
    }
  }
}
