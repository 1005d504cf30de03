package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.errors.PinterestNotFoundException;
import io.github.pinterestapi.v5.model.Account;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.BoardPrivacy;
import io.github.pinterestapi.v5.model.BoardSection;
import io.github.pinterestapi.v5.model.BoardUpdatePrivacy;
import io.github.pinterestapi.v5.model.BoardWithUpdatePrivacy;
import io.github.pinterestapi.v5.model.BoardWithUpdatePrivacyUpdate;
import io.github.pinterestapi.v5.model.BoardsList200Response;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.BoardSectionsCreateParams;
import io.github.pinterestapi.v5.params.BoardSectionsListParams;
import io.github.pinterestapi.v5.params.BoardsCreateParams;
import io.github.pinterestapi.v5.params.BoardsDeleteParams;
import io.github.pinterestapi.v5.params.BoardsGetParams;
import io.github.pinterestapi.v5.params.BoardsUpdateParams;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Boards, sections and pins keep state across calls, as on Pinterest. */
class BoardsTest {
  private final FakeClock clock = FakeClock.at(Instant.parse("2024-03-01T12:00:00Z"));

  // An instance field: a fresh fake for every test.
  @RegisterExtension
  final FakePinterest fake = FakePinterest.builder().clock(clock).build();

  private Pinterest pinterest;

  @BeforeEach
  void client() {
    pinterest = Clients.client(fake);
  }

  @AfterEach
  void closeClient() {
    pinterest.close();
  }

  @Test
  void boardLivesFromCreateToDelete() {
    Board created = pinterest.boards().create(BoardsCreateParams.builder()
        .body(new BoardCreate().name("Recipes").description("Things to cook"))
        .build());
    assertEquals("100000000000001", created.getId(), "ids are deterministic");
    assertEquals(BoardPrivacy.PUBLIC, created.getPrivacy());
    assertEquals("2024-03-01T12:00Z", created.getCreatedAt().toString());
    assertEquals("fake_pinterest_user", created.getOwner().getUsername());

    Board got = pinterest.boards().get(BoardsGetParams.builder().boardId(created.getId()).build());
    assertEquals("Recipes", got.getName());

    BoardWithUpdatePrivacy updated = pinterest.boards().update(BoardsUpdateParams.builder()
        .boardId(created.getId())
        .body(new BoardWithUpdatePrivacyUpdate().name("Dinners").privacy(BoardUpdatePrivacy.SECRET))
        .build());
    assertEquals("Dinners", updated.getName());
    assertEquals("Things to cook", updated.getDescription(), "untouched fields stay");
    assertEquals(BoardUpdatePrivacy.SECRET, updated.getPrivacy());

    BoardsList200Response list = pinterest.boards().list();
    assertEquals(1, list.getItems().size());
    assertEquals("Dinners", list.getItems().get(0).getName());
    assertNull(list.getBookmark());
    assertEquals("Dinners", fake.boards().get(0).getName(), "the snapshot agrees");

    pinterest.boards().delete(BoardsDeleteParams.builder().boardId(created.getId()).build());
    assertTrue(fake.boards().isEmpty());
    PinterestNotFoundException gone = assertThrows(PinterestNotFoundException.class,
        () -> pinterest.boards().get(BoardsGetParams.builder().boardId(created.getId()).build()));
    assertEquals("Board not found.", gone.pinterestMessage());
  }

  @Test
  void patchWithExplicitNullClearsTheDescription() {
    Board board = fake.addBoard("Garden");
    pinterest.boards().update(BoardsUpdateParams.builder()
        .boardId(board.getId())
        .body(new BoardWithUpdatePrivacyUpdate().description("Spring"))
        .build());
    pinterest.boards().update(BoardsUpdateParams.builder()
        .boardId(board.getId())
        .body(new BoardWithUpdatePrivacyUpdate().description(null))
        .build());
    assertEquals("", fake.boards().get(0).getDescription());
    assertEquals("Garden", fake.boards().get(0).getName());
  }

  @Test
  void missingNameIsRefusedInPinterestsFormat() {
    PinterestApiException refused = assertThrows(PinterestApiException.class,
        () -> pinterest.boards().create(BoardsCreateParams.builder()
            .body(new BoardCreate())
            .build()));
    assertEquals(400, refused.statusCode());
    assertEquals(1, refused.code());
    assertEquals("'name' is a required property", refused.pinterestMessage());
  }

  @Test
  void sectionsAndPinsBelongToTheirBoard() {
    Board board = fake.addBoard("Travel");
    BoardSection section = pinterest.boards().sectionsCreate(BoardSectionsCreateParams.builder()
        .boardId(board.getId())
        .body(new BoardSection().name("Japan"))
        .build());
    List<BoardSection> sections = pinterest.boards().sectionsList(BoardSectionsListParams.builder()
        .boardId(board.getId())
        .build()).getItems();
    assertEquals(List.of(section), sections);

    Pin pin = pinterest.pins().create(PinsCreateParams.builder()
        .body(Clients.imagePin(board.getId(), "Kyoto").boardSectionId(section.getId()))
        .build());
    assertEquals(section.getId(), pin.getBoardSectionId());
    assertEquals(1, pinterest.boards().get(BoardsGetParams.builder()
        .boardId(board.getId())
        .build()).getPinCount());

    Account me = pinterest.userAccount().get();
    assertEquals(1, me.getBoardCount());
    assertEquals(1, me.getPinCount());

    pinterest.boards().delete(BoardsDeleteParams.builder().boardId(board.getId()).build());
    assertTrue(fake.pins().isEmpty(), "deleting a board deletes its pins");
  }
}
