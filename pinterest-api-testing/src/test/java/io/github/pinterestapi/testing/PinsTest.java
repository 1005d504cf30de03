package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.errors.PinterestNotFoundException;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.CreativeType;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaWithImage;
import io.github.pinterestapi.v5.model.PinUpdate;
import io.github.pinterestapi.v5.model.PinsSaveRequest;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.params.PinsDeleteParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import io.github.pinterestapi.v5.params.PinsSaveParams;
import io.github.pinterestapi.v5.params.PinsUpdateParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pins: create, get, update, save, delete; one fake for the class, reset between tests. */
class PinsTest {
  @RegisterExtension
  static final FakePinterest fake = new FakePinterest();

  private static Pinterest pinterest;
  private Board board;

  @BeforeAll
  static void client() {
    pinterest = Clients.client(fake);
  }

  @AfterAll
  static void closeClient() {
    pinterest.close();
  }

  @BeforeEach
  void freshBoard() {
    fake.reset();
    board = fake.addBoard("Lighthouses");
  }

  @Test
  void pinFromAnImageUrl() {
    Pin pin = pinterest.pins().create(PinsCreateParams.builder()
        .body(Clients.imagePin(board.getId(), "Fanad Head").link("https://example.com/fanad"))
        .build());
    assertEquals("300000000000001", pin.getId());
    assertEquals(CreativeType.REGULAR, pin.getCreativeType());
    PinMediaWithImage media = assertInstanceOf(PinMediaWithImage.class, pin.getMedia());
    assertEquals("https://example.com/Fanad-Head.jpg", media.getImages().get600x().getUrl());

    Pin got = pinterest.pins().get(PinsGetParams.builder().pinId(pin.getId()).build());
    assertEquals(pin, got);

    Pin updated = pinterest.pins().update(PinsUpdateParams.builder()
        .pinId(pin.getId())
        .body(new PinUpdate().title("Fanad Head at dusk"))
        .build());
    assertEquals("Fanad Head at dusk", updated.getTitle());
    assertEquals("https://example.com/fanad", updated.getLink());

    pinterest.pins().delete(PinsDeleteParams.builder().pinId(pin.getId()).build());
    assertThrows(PinterestNotFoundException.class,
        () -> pinterest.pins().get(PinsGetParams.builder().pinId(pin.getId()).build()));
  }

  @Test
  void saveRepinsOntoAnotherBoard() {
    Pin original = fake.addPin(board.getId(), "Hook Head", "https://example.com/hook.jpg");
    Board other = fake.addBoard("Favourites");
    Pin saved = pinterest.pins().save(PinsSaveParams.builder()
        .pinId(original.getId())
        .body(new PinsSaveRequest().boardId(other.getId()))
        .build());
    assertEquals(original.getId(), saved.getParentPinId());
    assertEquals(other.getId(), saved.getBoardId());
    assertEquals(2, fake.pins().size());
  }

  @Test
  void pinOnAnUnknownBoardIsNotFound() {
    PinterestNotFoundException refused = assertThrows(PinterestNotFoundException.class,
        () -> pinterest.pins().create(PinsCreateParams.builder()
            .body(Clients.imagePin("999", "x"))
            .build()));
    assertEquals("Board not found.", refused.pinterestMessage());
  }

  @Test
  void pinWithoutMediaSourceIsABadRequest() {
    PinterestApiException refused = assertThrows(PinterestApiException.class,
        () -> pinterest.pins().create(PinsCreateParams.builder()
            .body(new PinCreate().boardId(board.getId()))
            .build()));
    assertEquals(400, refused.statusCode());
    assertTrue(refused.pinterestMessage().contains("media_source"));
  }
}
