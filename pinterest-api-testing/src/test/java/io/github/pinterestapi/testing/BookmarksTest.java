package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.extras.paging.Pager;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardsListPins200Response;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.BoardsListParams;
import io.github.pinterestapi.v5.params.BoardsListPinsParams;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.params.PinsDeleteParams;
import io.github.pinterestapi.v5.params.PinsListParams;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lists page with opaque bookmarks and Pinterest's page_size rules. */
class BookmarksTest {
  @RegisterExtension
  final FakePinterest fake = new FakePinterest();

  private Pinterest pinterest;
  private Board board;

  @BeforeEach
  void sixtyPins() {
    pinterest = Clients.client(fake);
    board = fake.addBoard("Sixty");
    for (int i = 1; i <= 60; i++) {
      pinterest.pins().create(PinsCreateParams.builder()
          .body(Clients.imagePin(board.getId(), "pin " + i))
          .build());
    }
  }

  @AfterEach
  void closeClient() {
    pinterest.close();
  }

  @Test
  void sixtyPinsAreThreePagesOfAtMostTwentyFive() {
    List<Integer> sizes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String bookmark = null;
    do {
      BoardsListPins200Response page = pinterest.boards().listPins(BoardsListPinsParams.builder()
          .boardId(board.getId())
          .bookmark(bookmark)
          .pageSize(25)
          .build());
      sizes.add(page.getItems().size());
      for (Pin pin : page.getItems()) {
        assertTrue(seen.add(pin.getId()), "no pin twice: " + pin.getId());
      }
      bookmark = page.getBookmark();
      if (bookmark != null) {
        for (Pin pin : page.getItems()) {
          assertFalse(bookmark.contains(pin.getId()), "the bookmark is opaque");
        }
      }
    } while (bookmark != null);
    assertEquals(List.of(25, 25, 10), sizes);
    assertEquals(60, seen.size());
  }

  @Test
  void pageSizeDefaultsToTwentyFive() {
    BoardsListPins200Response first = pinterest.boards().listPins(BoardsListPinsParams.builder()
        .boardId(board.getId())
        .build());
    assertEquals(25, first.getItems().size());
    assertNotNull(first.getBookmark());
  }

  @Test
  void theClientsPagerWalksEveryPinOnce() {
    List<String> titles = new ArrayList<>();
    pinterest.pins().listAll().forEach(pin -> titles.add(pin.getTitle()));
    assertEquals(60, titles.size());
    assertEquals("pin 1", titles.get(0));
    assertEquals("pin 60", titles.get(59));
  }

  @Test
  void deletingBetweenPagesNeitherRepeatsNorSkips() {
    BoardsListPins200Response first = pinterest.boards().listPins(BoardsListPinsParams.builder()
        .boardId(board.getId())
        .pageSize(25)
        .build());
    Pin lastServed = first.getItems().get(24);
    pinterest.pins().delete(PinsDeleteParams.builder().pinId(lastServed.getId()).build());
    BoardsListPins200Response second = pinterest.boards().listPins(BoardsListPinsParams.builder()
        .boardId(board.getId())
        .bookmark(first.getBookmark())
        .pageSize(25)
        .build());
    assertEquals("pin 26", second.getItems().get(0).getTitle());
  }

  @Test
  void pageSizeAbove250IsABadRequestInPinterestsFormat() {
    PinterestApiException refused = assertThrows(PinterestApiException.class,
        () -> pinterest.boards().listPins(BoardsListPinsParams.builder()
            .boardId(board.getId())
            .pageSize(251)
            .build()));
    assertEquals(400, refused.statusCode());
    assertEquals(1, refused.code());
    assertTrue(refused.pinterestMessage().contains("page_size"), refused.pinterestMessage());
    Clients.Raw raw = Clients.call(fake, "GET", "boards?page_size=251", fake.accessToken(), null);
    assertEquals(400, raw.status);
    assertTrue(raw.body.startsWith("{\"code\":1,\"message\":"), raw.body);
  }

  @Test
  void aBookmarkOfAnotherListIsRefused() {
    String pinsBookmark = pinterest.pins().list(PinsListParams.builder()
        .pageSize(10)
        .build()).getBookmark();
    PinterestApiException refused = assertThrows(PinterestApiException.class,
        () -> pinterest.boards().list(BoardsListParams.builder().bookmark(pinsBookmark).build()));
    assertEquals(400, refused.statusCode());
    assertNull(pinterest.boards().list().getBookmark());
  }
}
