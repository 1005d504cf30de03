package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import io.github.pinterestapi.v5.params.BoardsCreateParams;
import io.github.pinterestapi.v5.params.BoardsListParams;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates a board (or reuses the one with that name) and a Pin on it from an image URL, which
 * Pinterest downloads itself.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=CreateBoardAndPin \
 *     -Dexample.args="--board 'Kitchen ideas' --title 'Open shelves' https://example.com/shelves.jpg"
 * }</pre>
 */
public final class CreateBoardAndPin {
  /** A public-domain image that stays put, for runs against the real Pinterest. */
  public static final String SAMPLE_IMAGE =
      "https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png";

  private CreateBoardAndPin() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv);
    Output out = Output.standard(args.json());
    try (Connection connection = Connection.open(args.sandbox(), out)) {
      run(connection, out, args.option("--board").orElse("Pinterest API examples"),
          args.option("--title").orElse("Dice in the sun"),
          args.positional(0).orElse(SAMPLE_IMAGE));
    }
  }

  public static Pin run(Connection connection, Output out, String boardName, String title,
      String imageUrl) {
    Pinterest pinterest = connection.pinterest();
    Board board = findOrCreateBoard(pinterest, out, boardName);
    Pin pin = createPin(pinterest, board.getId(), title, imageUrl);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("board", board);
    result.put("pin", pin);
    out.show(result, () -> new Table("PIN", "TITLE", "BOARD", "IMAGE")
        .row(pin.getId(), pin.getTitle(), board.getName(), imageUrl));
    return pin;
  }

  /** A Pin from an image URL. */
  public static Pin createPin(Pinterest pinterest, String boardId, String title, String imageUrl) {
    PinCreate pin = new PinCreate().boardId(boardId).title(title)
        .mediaSource(new PinMediaSourceImageURL()
            .sourceType(PinMediaSourceImageURL.SourceTypeEnum.IMAGE_URL).url(imageUrl));
    return pinterest.pins().create(PinsCreateParams.builder().body(pin).build());
  }

  /** The board named {@code name}, created if the account has none, so reruns don't pile up. */
  public static Board findOrCreateBoard(Pinterest pinterest, Output out, String name) {
    for (Board board : pinterest.boards().listAll()) {
      if (name.equals(board.getName())) {
        out.say("Using the board \"%s\" (%s)", name, board.getId());
        return board;
      }
    }
    Board board = pinterest.boards().create(BoardsCreateParams.builder()
        .name(name)
        .description("Made by pinterest-api-java's examples")
        .build());
    out.say("Created the board \"%s\" (%s)", name, board.getId());
    return board;
  }
}
