package io.github.pinterestapi.extras.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.runtime.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Call;
import retrofit2.HttpException;
import io.github.pinterestapi.errors.PagingException;

class PagerTest {
  @RegisterExtension final BoardPagesServer api = new BoardPagesServer();

  private Pager<Board> allBoards() {
    return Pager.of(bookmark -> api.boards.boardsList(null, null, bookmark, 250));
  }

  private static List<String> ids(Iterable<Board> boards) {
    List<String> ids = new ArrayList<>();
    for (Board board : boards) {
      ids.add(board.getId());
    }
    return ids;
  }

  @Test
  void walksEveryPageInOrder() {
    assertEquals(Arrays.asList("b1", "b2", "b3", "b4", "b5"), ids(allBoards()));
    assertEquals(Arrays.asList(FakeBoards.FIRST, "p2", "p3"), api.fake.bookmarks);
  }

  @Test
  void isLazyAndEachIterationStartsOver() {
    Pager<Board> pager = allBoards();
    assertEquals(0, api.server.getRequestCount());

    Iterator<Board> first = pager.iterator();
    assertEquals("b1", first.next().getId());
    assertEquals(1, api.server.getRequestCount());

    assertEquals("b1", pager.iterator().next().getId());
  }

  @Test
  void aLimitStopsWithoutFetchingFurtherPages() {
    assertEquals(Arrays.asList("b1", "b2", "b3"), ids(allBoards().limit(3)));
    assertEquals(Arrays.asList(FakeBoards.FIRST, "p2"), api.fake.bookmarks);
  }

  @Test
  void aLimitOnAPageBoundaryFetchesNothingMore() {
    assertEquals(Arrays.asList("b1", "b2"), ids(allBoards().limit(2)));
    assertEquals(1, api.server.getRequestCount());
  }

  @Test
  void aSizedFetchAsksOnlyForTheItemsTheLimitLeaves() {
    Pager<Board> pager = Pager.<Board>ofSized(
        (bookmark, size) -> api.boards.boardsList(null, null, bookmark, size)).pageSize(2).limit(3);

    assertEquals(Arrays.asList("b1", "b2", "b3"), ids(pager));
    assertEquals(Arrays.asList("2", "1"), api.fake.pageSizes);
  }

  @Test
  void pageSizeMustBeOneTo250() {
    assertThrows(IllegalArgumentException.class, () -> allBoards().pageSize(0));
    assertThrows(IllegalArgumentException.class, () -> allBoards().pageSize(251));
    allBoards().pageSize(250);
  }

  @Test
  void pagesViewKeepsEachPagesBookmark() {
    List<String> bookmarks = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (Page<Board> page : allBoards().pages()) {
      bookmarks.add(page.getBookmark());
      sizes.add(page.getItems().size());
    }
    assertEquals(Arrays.asList("p2", "p3", null), bookmarks);
    assertEquals(Arrays.asList(2, 2, 1), sizes);
  }

  @Test
  void streamsLazily() {
    assertEquals(Arrays.asList("b1", "b2", "b3"), allBoards().stream().limit(3)
        .map(Board::getId).collect(Collectors.toList()));
    assertEquals(2, api.server.getRequestCount());
  }

  @Test
  void runsCallsWithTheGivenExecutor() {
    List<String> ran = new ArrayList<>();
    Pager<Board> pager = allBoards().executeWith(call -> {
      ran.add(call.request().url().queryParameter("bookmark"));
      return PagerTest.execute(call);
    });

    assertEquals(5, ids(pager).size());
    assertEquals(Arrays.asList(null, "p2", "p3"), ran);
    // A generic method, as Pinterest::execute is, fits as a method reference.
    assertEquals(5, ids(allBoards().executeWith(PagerTest::execute)).size());
  }

  static <R> R execute(Call<R> call) {
    try {
      return call.execute().body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aFailureMidwaySaysWhereAndKeepsTheCause() {
    api.fake.failing("p2", 500);
    Iterator<Board> iterator = allBoards().iterator();

    assertEquals("b1", iterator.next().getId());
    assertEquals("b2", iterator.next().getId());
    PagingException e = assertThrows(PagingException.class, iterator::hasNext);

    assertEquals("p2", e.bookmark());
    assertTrue(e.getCause() instanceof HttpException);
    assertEquals(500, ((HttpException) e.getCause()).code());
    // The failure sticks: no silent skip to a later page.
    assertThrows(PagingException.class, iterator::hasNext);

    api.fake.page("p2", "p3", "b3", "b4");
    assertEquals(Arrays.asList("b3", "b4", "b5"), ids(allBoards().startAt(e.bookmark())));
  }

  @Test
  void aRepeatedBookmarkStopsInsteadOfLooping() {
    api.fake.page("p2", "p2", "b3", "b4");
    Iterator<Board> iterator = allBoards().iterator();
    List<String> seen = new ArrayList<>();

    PagingException e = assertThrows(PagingException.class, () -> {
      while (iterator.hasNext()) {
        seen.add(iterator.next().getId());
      }
    });

    assertEquals(Arrays.asList("b1", "b2", "b3", "b4"), seen);
    assertTrue(e.getMessage().contains("already given"), e.getMessage());
    assertEquals(2, api.server.getRequestCount());
  }

  @Test
  void anEmptyBookmarkEndsTheList() {
    api.fake.page("p2", "", "b3");

    assertEquals(Arrays.asList("b1", "b2", "b3"), ids(allBoards()));
    assertFalse(api.fake.bookmarks.contains(""));
  }
}
