package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.paging.Pager;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.BoardsListPinsParams;
import io.github.pinterestapi.v5.runtime.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The tour, and what {@code ./mvnw -q -pl examples -am compile -Ptour} runs: signs in, creates a
 * board, adds Pins, pages through them, shows a Pin's analytics, uploads a video Pin and lists
 * the boards, each step with the example that does it on its own. With no credentials it all
 * happens on the embedded fake Pinterest.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples exec:java                       # after ./mvnw install -DskipTests
 * }</pre>
 *
 * <p>Against a real account (with {@code PINTEREST_ACCESS_TOKEN}) it skips signing in, creates
 * the board "Pinterest API tour" there, and uploads a video only when given one
 * ({@code --video clip.mp4}).
 */
public final class Tour {
  static final String BOARD = "Pinterest API tour";
  private static final String[][] PINS = {
      {"Morning light in the kitchen", "https://example.com/images/kitchen.jpg"},
      {"Reading nook by the window", "https://example.com/images/nook.jpg"},
      {"Herbs on the sill", "https://example.com/images/herbs.jpg"},
  };

  private Tour() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv);
    Output out = Output.standard(args.json());
    try (Connection connection = Connection.open(args.sandbox(), out)) {
      run(connection, out, args.option("--video").map(Paths::get).orElse(null));
    }
  }

  /** @param video a video for the last step, or null (the fake gets a generated one) */
  public static void run(Connection connection, Output out, Path video) {
    out.heading("1. Sign in (SignIn)");
    Connection session;
    if (connection.isFake()) {
      session = SignIn.run(connection, out, null, 0);
    } else {
      out.say("Using the token the connection already has; run SignIn for the OAuth flow.");
      session = connection.withClient(connection.pinterest().newBuilder().build());
    }
    try (session) {
      Pinterest pinterest = session.pinterest();

      out.heading("2. Create a board (CreateBoardAndPin)");
      Board board = CreateBoardAndPin.findOrCreateBoard(pinterest, out, BOARD);

      out.heading("3. Add Pins from image URLs");
      List<Pin> pins = new ArrayList<>();
      Table added = new Table("PIN", "TITLE", "IMAGE");
      for (String[] pin : PINS) {
        Pin created = CreateBoardAndPin.createPin(pinterest, board.getId(), pin[0],
            connection.isFake() ? pin[1] : CreateBoardAndPin.SAMPLE_IMAGE);
        pins.add(created);
        added.row(created.getId(), created.getTitle(), pin[1]);
      }
      out.show(pins, () -> added);

      out.heading("4. Page through the board, two Pins a page (IterateAllPins)");
      pageThrough(pinterest, out, board);

      out.heading("5. Analytics of the first Pin, last 7 days (PinAnalytics)");
      PinAnalytics.run(session, out, pins.get(0).getId(), 7);

      out.heading("6. Upload a video Pin (UploadVideoPin)");
      if (video != null || session.isFake()) {
        UploadVideoPin.run(session, out, video, BOARD, "A minute in the kitchen", 1);
      } else {
        out.say("Skipped: pass --video clip.mp4 to upload one.");
      }

      out.heading("7. Your boards now (ListBoards)");
      ListBoards.run(session, out);
    }
    out.say("");
    out.say(connection.isFake()
        ? "All of this ran against the embedded fake. Set PINTEREST_ACCESS_TOKEN to run it against"
            + System.lineSeparator() + "your account; each step is also a program of its own in"
            + " examples/."
        : "Done. The board \"" + BOARD + "\" is on your account now.");
  }

  /** Shows the pages themselves: what listAll does behind the loop in IterateAllPins. */
  private static void pageThrough(Pinterest pinterest, Output out, Board board) {
    Pager<Pin> pager = pinterest.boards().listPinsAll(
        BoardsListPinsParams.builder().boardId(board.getId()).pageSize(2).build());
    List<Pin> all = new ArrayList<>();
    int number = 0;
    for (Page<Pin> page : pager.pages()) {
      number++;
      List<String> titles = new ArrayList<>();
      for (Pin pin : page.getItems()) {
        titles.add(pin.getTitle());
        all.add(pin);
      }
      out.say("page %d: %s%s", number, String.join(", ", titles),
          page.hasNextPage() ? "  (bookmark " + page.getBookmark() + ")" : "  (last page)");
    }
    out.json(all);
  }
}
