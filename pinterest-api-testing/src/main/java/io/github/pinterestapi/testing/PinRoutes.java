package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.model.BoardsListPins200Response;
import io.github.pinterestapi.v5.model.CreativeType;
import io.github.pinterestapi.v5.model.Media;
import io.github.pinterestapi.v5.model.MediaUploadStatus;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaSource;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import io.github.pinterestapi.v5.model.PinMediaSourceVideoID;
import io.github.pinterestapi.v5.model.PinsList200Response;
import io.github.pinterestapi.v5.model.PinsSaveRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pins: create from an image URL or an uploaded video, get, update, delete, list, save. */
final class PinRoutes {
  private final FakeState state;
  private final MediaRoutes media;

  PinRoutes(FakeState state, MediaRoutes media) {
    this.state = state;
    this.media = media;
  }

  void register(Map<String, Route> routes) {
    routes.put("pins/create", e -> Reply.created(create(e.body(PinCreate.class))));
    routes.put("pins/get", e -> Reply.ok(state.pin(e.path("pin_id"))));
    routes.put("pins/update", this::update);
    routes.put("pins/delete", this::delete);
    routes.put("pins/list", e -> list(e, new ArrayList<>(state.pins.values()), "pins"));
    routes.put("boards/list_pins", e -> {
      String boardId = state.board(e.path("board_id")).getId();
      return list(e, state.pinsOn(boardId), "board_pins:" + boardId);
    });
    routes.put("pins/save", this::save);
  }

  Pin create(PinCreate request) {
    if (request.getBoardId() == null) {
      throw FakeError.missing("board_id");
    }
    state.board(request.getBoardId());
    if (request.getBoardSectionId() != null) {
      state.section(request.getBoardId(), request.getBoardSectionId());
    }
    PinMediaSource source = request.getMediaSource();
    if (source == null) {
      throw FakeError.missing("media_source");
    }
    Pin pin = new Pin().id(state.ids.next(Ids.Kind.PIN))
        .createdAt(state.now())
        .boardId(request.getBoardId())
        .boardSectionId(request.getBoardSectionId())
        .boardOwner(state.owner())
        .title(request.getTitle())
        .description(request.getDescription())
        .link(request.getLink())
        .altText(request.getAltText())
        .dominantColor(request.getDominantColor() == null ? "#e60023" : request.getDominantColor())
        .isOwner(true)
        .isStandard(true)
        .hasBeenPromoted(false);
    if (source instanceof PinMediaSourceImageURL) {
      String url = ((PinMediaSourceImageURL) source).getUrl();
      if (url == null || url.isEmpty()) {
        throw FakeError.missing("media_source.url");
      }
      pin.creativeType(CreativeType.REGULAR).media(PinMedias.image(url));
    } else if (source instanceof PinMediaSourceVideoID) {
      PinMediaSourceVideoID video = (PinMediaSourceVideoID) source;
      if (video.getMediaId() == null) {
        throw FakeError.missing("media_source.media_id");
      }
      Media uploaded = media.peek(video.getMediaId());
      if (!MediaUploadStatus.SUCCEEDED.equals(uploaded.getStatus())) {
        throw FakeError.badRequest("Invalid parameters: media " + video.getMediaId()
            + " is " + uploaded.getStatus() + ", not succeeded");
      }
      pin.creativeType(CreativeType.VIDEO)
          .media(PinMedias.video(video.getMediaId(), video.getCoverImageUrl()));
    } else {
      throw FakeError.notServed("media_source of type " + source.getClass().getSimpleName()
          + " is not served by FakePinterest; use image_url or video_id");
    }
    state.pins.put(pin.getId(), pin);
    state.board(pin.getBoardId()).boardPinsModifiedAt(state.now());
    return pin;
  }

  private Reply update(Exchange exchange) {
    Pin pin = state.pin(exchange.path("pin_id"));
    Map<?, ?> changes = exchange.bodyMap();
    if (changes.containsKey("board_id")) {
      String boardId = String.valueOf(changes.get("board_id"));
      state.board(boardId);
      pin.boardId(boardId).boardSectionId(null);
    }
    if (changes.containsKey("board_section_id")) {
      Object section = changes.get("board_section_id");
      if (section != null) {
        state.section(pin.getBoardId(), String.valueOf(section));
      }
      pin.boardSectionId(section == null ? null : String.valueOf(section));
    }
    if (changes.containsKey("title")) {
      pin.title(text(changes.get("title")));
    }
    if (changes.containsKey("description")) {
      pin.description(text(changes.get("description")));
    }
    if (changes.containsKey("link")) {
      pin.link(text(changes.get("link")));
    }
    if (changes.containsKey("alt_text")) {
      pin.altText(text(changes.get("alt_text")));
    }
    return Reply.ok(pin);
  }

  private Reply delete(Exchange exchange) {
    state.pins.remove(state.pin(exchange.path("pin_id")).getId());
    return Reply.noContent();
  }

  private Reply list(Exchange exchange, List<Pin> pins, String listKey) {
    int pageSize = exchange.pageSize();
    Bookmarks.Slice<Pin> page = Bookmarks.page(pins, Pin::getId, listKey,
        exchange.query("bookmark"), pageSize);
    if (exchange.operation.id.equals("pins/list")) {
      return Reply.ok(new PinsList200Response().items(page.items).bookmark(page.bookmark));
    }
    return Reply.ok(new BoardsListPins200Response().items(page.items).bookmark(page.bookmark));
  }

  /** A save (repin): a new Pin on the chosen board whose parent is the original. */
  private Reply save(Exchange exchange) {
    Pin original = state.pin(exchange.path("pin_id"));
    PinsSaveRequest request = exchange.body(PinsSaveRequest.class);
    if (request.getBoardId() == null) {
      throw FakeError.missing("board_id");
    }
    state.board(request.getBoardId());
    if (request.getBoardSectionId() != null) {
      state.section(request.getBoardId(), request.getBoardSectionId());
    }
    Pin saved = Json.copy(original).id(state.ids.next(Ids.Kind.PIN))
        .parentPinId(original.getId())
        .createdAt(state.now())
        .boardId(request.getBoardId())
        .boardSectionId(request.getBoardSectionId());
    state.pins.put(saved.getId(), saved);
    return Reply.created(saved);
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
