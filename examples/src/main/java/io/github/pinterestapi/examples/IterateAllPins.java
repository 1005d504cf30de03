package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.PinsListParams;
import io.github.pinterestapi.v5.runtime.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks every Pin of the account: {@code pins().listAll(…)} fetches page after page lazily,
 * following Pinterest's bookmarks, while the loop just sees Pins.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=IterateAllPins \
 *     -Dexample.args="--page-size 3"
 * }</pre>
 */
public final class IterateAllPins {
  private IterateAllPins() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv);
    Output out = Output.standard(args.json());
    try (Connection connection = Connection.open(args.sandbox(), out)) {
      run(connection, out, args.option("--page-size").map(Integer::parseInt).orElse(25));
    }
  }

  public static List<Pin> run(Connection connection, Output out, int pageSize) {
    Pinterest pinterest = connection.pinterest();
    int pages = 0;
    List<Pin> pins = new ArrayList<>();
    // Each page is fetched only when the loop needs more Pins.
    for (Page<Pin> page : pinterest.pins().listAll(
        PinsListParams.builder().pageSize(pageSize).build()).pages()) {
      pages++;
      pins.addAll(page.getItems());
    }
    out.show(pins, () -> {
      Table table = new Table("PIN", "TITLE", "BOARD", "CREATED");
      for (Pin pin : pins) {
        table.row(pin.getId(), pin.getTitle(), pin.getBoardId(), pin.getCreatedAt());
      }
      return table;
    });
    out.say("%d pins, fetched in %d page%s of up to %d", pins.size(), pages,
        pages == 1 ? "" : "s", pageSize);
    return pins;
  }
}
