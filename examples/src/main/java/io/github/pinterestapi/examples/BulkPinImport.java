package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.bulk.BulkItem;
import io.github.pinterestapi.extras.bulk.BulkResult;
import io.github.pinterestapi.extras.bulk.BulkWriter;
import io.github.pinterestapi.extras.bulk.ItemResult;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Creates one Pin per row of a CSV, four at a time, with a progress bar, and prints what
 * happened to each row. Without a file it imports the sample {@code pins.csv} shipped with the
 * examples. Each row's {@code key} identifies it, so a rerun can skip the rows already done.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=BulkPinImport \
 *     -Dexample.args="--board 'Shop' products.csv"
 * }</pre>
 */
public final class BulkPinImport {
  private BulkPinImport() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv);
    Output out = Output.standard(args.json());
    try (Connection connection = Connection.open(args.sandbox(), out)) {
      run(connection, out, args.positional(0).map(Paths::get).orElse(null),
          args.option("--board").orElse("Imported pins"));
    }
  }

  /** @param csv the file, or null for the bundled sample */
  public static BulkResult run(Connection connection, Output out, Path csv, String boardName) {
    Pinterest pinterest = connection.pinterest();
    List<PinsCsv.Row> rows;
    try (Reader reader = csv != null ? Files.newBufferedReader(csv, StandardCharsets.UTF_8)
        : new InputStreamReader(BulkPinImport.class.getResourceAsStream("/pins.csv"),
            StandardCharsets.UTF_8)) {
      rows = PinsCsv.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + csv, e);
    }
    out.say("Read %d rows from %s", rows.size(), csv != null ? csv : "the sample pins.csv");
    Board board = CreateBoardAndPin.findOrCreateBoard(pinterest, out, boardName);

    List<BulkItem> items = new ArrayList<>();
    for (PinsCsv.Row row : rows) {
      items.add(BulkItem.createPin(row.key(), new PinCreate().boardId(board.getId())
          .title(row.title()).description(row.description()).link(row.link())
          .altText(row.altText())
          .mediaSource(new PinMediaSourceImageURL()
              .sourceType(PinMediaSourceImageURL.SourceTypeEnum.IMAGE_URL).url(row.imageUrl()))));
    }
    ProgressBar bar = out.progress("import");
    // No pause between calls: the client's rate limiter paces them when Pinterest says so.
    BulkResult result = BulkWriter.builder(pinterest).maxConcurrency(4)
        .listener((item, finished, total) -> bar.update(finished, total)).build().run(items);
    bar.done(summary(result));

    List<Map<String, Object>> report = new ArrayList<>();
    Table table = new Table("KEY", "OUTCOME", "PIN", "ERROR");
    for (ItemResult item : result.items()) {
      String error = describe(item.error());
      table.row(item.key(), item.outcome(), item.id(), error);
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("key", item.key());
      line.put("outcome", item.outcome().name());
      line.put("pin_id", item.id());
      line.put("error", error);
      report.add(line);
    }
    out.show(report, () -> table);
    out.say("%s%s", summary(result), result.isComplete() ? ""
        : ". Fix the rows that failed and import just those again; for UNKNOWN ones, look on"
            + " Pinterest first: they may have been created");
    return result;
  }

  /** Pinterest's own words when it answered, which fit a table cell better than the whole story. */
  private static String describe(RuntimeException error) {
    if (error instanceof PinterestApiException api && api.pinterestMessage() != null) {
      return api.statusCode() + " " + api.pinterestMessage();
    }
    return error == null ? null : error.getMessage();
  }

  private static String summary(BulkResult result) {
    StringBuilder summary = new StringBuilder();
    result.counts().forEach((outcome, count) -> {
      if (count > 0 || outcome == ItemResult.Outcome.DONE) {
        summary.append(summary.length() == 0 ? "" : ", ").append(count).append(' ')
            .append(outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    });
    return summary.toString();
  }
}
