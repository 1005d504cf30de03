package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.BoardPrivacy;
import io.github.pinterestapi.v5.model.BoardSection;
import io.github.pinterestapi.v5.model.BoardSectionsList200Response;
import io.github.pinterestapi.v5.model.BoardsList200Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Boards ({@code boards/*}) and board sections ({@code board_sections/create|list}). */
final class BoardRoutes {
  private final FakeState state;

  BoardRoutes(FakeState state) {
    this.state = state;
  }

  void register(Map<String, Route> routes) {
    routes.put("boards/create", this::create);
    routes.put("boards/get", e -> Reply.ok(state.view(state.board(e.path("board_id")))));
    routes.put("boards/update", this::update);
    routes.put("boards/delete", this::delete);
    routes.put("boards/list", this::list);
    routes.put("board_sections/create", this::createSection);
    routes.put("board_sections/list", this::listSections);
  }

  Board create(BoardCreate request) {
    if (request.getName() == null || request.getName().trim().isEmpty()) {
      throw FakeError.missing("name");
    }
    String id = state.ids.next(Ids.Kind.BOARD);
    Board board = new Board().id(id).name(request.getName())
        .description(request.getDescription() == null ? "" : request.getDescription())
        .privacy(request.getPrivacy() == null ? BoardPrivacy.PUBLIC : request.getPrivacy())
        .isAdsOnly(Boolean.TRUE.equals(request.getIsAdsOnly()))
        .owner(state.owner())
        .createdAt(state.now())
        .boardPinsModifiedAt(state.now())
        .collaboratorCount(0)
        .followerCount(0)
        .pinCount(0);
    state.boards.put(id, board);
    state.sections.put(id, new LinkedHashMap<>());
    return board;
  }

  private Reply create(Exchange exchange) {
    return Reply.created(create(exchange.body(BoardCreate.class)));
  }

  private Reply update(Exchange exchange) {
    Board board = state.board(exchange.path("board_id"));
    Map<?, ?> changes = exchange.bodyMap();
    if (changes.containsKey("name")) {
      Object name = changes.get("name");
      if (!(name instanceof String) || ((String) name).trim().isEmpty()) {
        throw FakeError.badRequest("Invalid parameters: 'name' must be a non-empty string");
      }
      board.name((String) name);
    }
    if (changes.containsKey("description")) {
      Object description = changes.get("description");
      board.description(description == null ? "" : String.valueOf(description));
    }
    if (changes.containsKey("privacy")) {
      Object privacy = changes.get("privacy");
      if (!"PUBLIC".equals(privacy) && !"SECRET".equals(privacy)) {
        throw FakeError.badRequest("Invalid parameters: 'privacy' must be PUBLIC or SECRET");
      }
      board.privacy(BoardPrivacy.of((String) privacy));
    }
    return Reply.ok(state.view(board));
  }

  private Reply delete(Exchange exchange) {
    String id = state.board(exchange.path("board_id")).getId();
    state.boards.remove(id);
    state.sections.remove(id);
    state.pins.values().removeIf(pin -> id.equals(pin.getBoardId()));
    return Reply.noContent();
  }

  private Reply list(Exchange exchange) {
    int pageSize = exchange.pageSize();
    String privacy = exchange.query("privacy");
    List<Board> matching = new ArrayList<>();
    for (Board board : state.boards.values()) {
      if (privacyMatches(privacy, board.getPrivacy())) {
        matching.add(state.view(board));
      }
    }
    String listKey = "boards:" + (privacy == null ? "ALL" : privacy);
    Bookmarks.Slice<Board> page = Bookmarks.page(matching, Board::getId, listKey,
        exchange.query("bookmark"), pageSize);
    return Reply.ok(new BoardsList200Response().items(page.items).bookmark(page.bookmark));
  }

  private static boolean privacyMatches(String filter, BoardPrivacy privacy) {
    if (filter == null || filter.equals("ALL")) {
      return true;
    }
    if (filter.equals("PUBLIC_AND_SECRET")) {
      return !BoardPrivacy.PROTECTED.equals(privacy);
    }
    return privacy != null && filter.equals(privacy.value());
  }

  BoardSection createSection(String boardId, String name) {
    state.board(boardId);
    if (name == null || name.trim().isEmpty()) {
      throw FakeError.missing("name");
    }
    Map<String, BoardSection> sections = state.sections.get(boardId);
    for (BoardSection existing : sections.values()) {
      if (existing.getName().equalsIgnoreCase(name)) {
        throw new FakeError(409, 409, "Board section conflict.");
      }
    }
    String id = state.ids.next(Ids.Kind.SECTION);
    BoardSection section = new BoardSection().id(id).name(name);
    sections.put(id, section);
    return section;
  }

  private Reply createSection(Exchange exchange) {
    BoardSection request = exchange.body(BoardSection.class);
    return Reply.created(createSection(exchange.path("board_id"), request.getName()));
  }

  private Reply listSections(Exchange exchange) {
    String boardId = state.board(exchange.path("board_id")).getId();
    int pageSize = exchange.pageSize();
    List<BoardSection> sections = new ArrayList<>(state.sections.get(boardId).values());
    Bookmarks.Slice<BoardSection> page = Bookmarks.page(sections, BoardSection::getId,
        "sections:" + boardId, exchange.query("bookmark"), pageSize);
    return Reply.ok(new BoardSectionsList200Response().items(page.items).bookmark(page.bookmark));
  }
}
