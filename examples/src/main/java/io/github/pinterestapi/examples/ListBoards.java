package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.params.BoardsListParams;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every board of the account, all pages of them.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=ListBoards
 * }</pre>
 */
public final class ListBoards {
  private ListBoards() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv);
    Output out = Output.standard(args.json());
    try (Connection connection = Connection.open(args.sandbox(), out)) {
      run(connection, out);
    }
  }

  public static List<Board> run(Connection connection, Output out) {
    Pinterest pinterest = connection.pinterest();
    List<Board> boards = new ArrayList<>();
    // listAll follows the bookmarks, in pages of 250, the largest Pinterest serves.
    for (Board board : pinterest.boards().listAll()) {
      boards.add(board);
    }
    out.show(boards, () -> {
      Table table = new Table("BOARD", "NAME", "PINS", "PRIVACY");
      for (Board board : boards) {
        table.row(board.getId(), board.getName(), board.getPinCount(), board.getPrivacy());
      }
      return table;
    });
    out.say("%d boards", boards.size());
    return boards;
  }
}
