package io.github.pinterestapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.oauth.FileTokenStore;
import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.CreativeType;
import io.github.pinterestapi.v5.model.Media;
import io.github.pinterestapi.v5.model.MediaUploadStatus;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinMediaWithVideo;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every example's main(), run as a user runs it, checked by what it printed and created. */
class ExampleProgramsTest {
  @RegisterExtension
  final OnFake run = new OnFake();

  @TempDir
  Path temp;

  @Test
  void signInCompletesTheLoopbackFlowUnattendedAndStoresAWorkingToken() {
    Path tokenFile = temp.resolve("token.json");
    SignIn.main(new String[] {"--token-file", tokenFile.toString()});

    assertEquals(run.banner(), run.outLines().get(0));
    assertTrue(run.out().contains("Signed in as fake_pinterest_user"), run.out());
    assertTrue(run.out().contains("Token saved to " + tokenFile), run.out());
    Token token = new FileTokenStore(tokenFile).load();
    assertNotNull(token.refreshToken());
    assertTrue(token.scopes().toString().contains("pins:write"));
    // The stored token is one the fake issued, not the test token the program started with.
    try (Pinterest pinterest = Pinterest.builder().baseUrl(run.fake().baseUrl())
        .accessToken(token.accessToken()).build()) {
      assertEquals("fake_pinterest_user",
          pinterest.userAccount().get().getUsername());
    }
    assertTrue(run.fake().requests().stream().anyMatch(c -> "oauth/token".equals(c.operationId())));
    assertTrue(run.fake().authorizationLeaks().isEmpty());
  }

  @Test
  void listBoardsPrintsTheDemoAccountsBoards() {
    ListBoards.main(new String[0]);

    assertEquals(run.banner(), run.outLines().get(0));
    assertTrue(run.out().contains("Weeknight dinners"), run.out());
    assertTrue(run.out().contains("Balcony garden"), run.out());
    assertTrue(run.out().contains("2 boards"), run.out());
    assertEquals(2, run.fake().boards().size());
  }

  @Test
  void createBoardAndPinCreatesBoth() {
    CreateBoardAndPin.main(new String[] {"--board", "Kitchen ideas", "--title", "Open shelves",
        "https://example.com/shelves.jpg"});

    Board board = boardNamed("Kitchen ideas");
    Pin pin = last(run.fake().pins());
    assertEquals("Open shelves", pin.getTitle());
    assertEquals(board.getId(), pin.getBoardId());
    assertTrue(run.out().contains("Created the board \"Kitchen ideas\""), run.out());
    assertTrue(run.out().contains(pin.getId()), run.out());
  }

  @Test
  void uploadVideoPinUploadsWithProgressAndMakesAVideoPin() {
    UploadVideoPin.main(new String[] {"--board", "Videos"});

    List<Media> media = run.fake().media();
    assertEquals(1, media.size());
    assertEquals(MediaUploadStatus.SUCCEEDED, media.get(0).getStatus());
    Pin pin = last(run.fake().pins());
    assertEquals(CreativeType.VIDEO, pin.getCreativeType());
    assertEquals(boardNamed("Videos").getId(), pin.getBoardId());
    assertTrue(((PinMediaWithVideo) pin.getMedia()).getVideoUrl()
        .contains(media.get(0).getMediaId()));
    assertTrue(run.out().contains(media.get(0).getMediaId()), run.out());
    assertTrue(run.err().contains("100%"), run.err());
    assertTrue(run.err().contains("processing succeeded"), run.err());
    assertTrue(run.fake().authorizationLeaks().isEmpty(), "the upload carried the token");
  }

  @Test
  void iterateAllPinsFollowsTheBookmarksThroughEveryPage() {
    IterateAllPins.main(new String[] {"--page-size", "3"});

    for (Pin pin : run.fake().pins()) {
      assertTrue(run.out().contains(pin.getTitle()), pin.getTitle());
    }
    assertTrue(run.out().contains("7 pins, fetched in 3 pages of up to 3"), run.out());
    assertEquals(3, run.fake().requests().stream()
        .filter(c -> "pins/list".equals(c.operationId())).count());
  }

  @Test
  void pinAnalyticsPrintsAWeekOfDaysAndTheirTotal() {
    PinAnalytics.main(new String[0]);

    String pinId = run.fake().pins().get(0).getId();
    assertTrue(run.out().contains("Pin " + pinId + ", 2024-01-08 to 2024-01-14"), run.out());
    List<String> days = run.outLines().stream().filter(l -> l.startsWith("2024-01-")).toList();
    assertEquals(7, days.size());
    String total = run.outLines().stream().filter(l -> l.startsWith("TOTAL")).findFirst().get();
    // The TOTAL row is Pinterest's summary; it must agree with the days above it.
    assertEquals(sumColumn(days, 1), Long.parseLong(total.trim().split("\\s+")[1]));
  }

  @Test
  void asyncReportPollsUntilReadyAndPrintsTheRows() {
    AsyncReport.main(new String[0]);

    List<String> rows = run.outLines().stream().filter(l -> l.matches(".*2024-01-\\d\\d.*"))
        .filter(l -> !l.startsWith("Requested")).toList();
    assertEquals(7, rows.size(), run.out());
    assertTrue(run.out().contains("SPEND_IN_DOLLAR"), run.out());
    assertTrue(run.out().contains("7 rows"), run.out());
    assertTrue(run.err().contains("(check 3)"), run.err());
    assertTrue(run.err().contains("report ready"), run.err());
  }

  @Test
  void bulkPinImportCreatesEveryRowOfTheSampleCsv() {
    BulkPinImport.main(new String[0]);

    Board board = boardNamed("Imported pins");
    List<String> titles = run.fake().pins().stream()
        .filter(p -> board.getId().equals(p.getBoardId())).map(Pin::getTitle).toList();
    // Four at a time, so in any order.
    assertEquals(Set.of("Blue stoneware mug", "White stoneware mug", "Nesting bowl set",
        "Oak serving board", "Green pouring jug"), Set.copyOf(titles));
    assertEquals(5, titles.size());
    assertEquals(5, run.outLines().stream().filter(l -> l.contains(" DONE ")).count(), run.out());
    assertTrue(run.out().contains("5 done"), run.out());
  }

  @Test
  void bulkPinImportReportsARowThatFailsWithoutStoppingTheOthers() throws Exception {
    Path csv = temp.resolve("pins.csv");
    Files.writeString(csv, "key,title,image_url\n"
        + "a,First,https://example.com/a.jpg\n"
        + "b,No image,\n"
        + "c,Third,https://example.com/c.jpg\n");
    BulkPinImport.main(new String[] {csv.toString(), "--board", "Mixed"});

    assertEquals(2, run.fake().pins().stream()
        .filter(p -> boardNamed("Mixed").getId().equals(p.getBoardId())).count());
    String failed = run.outLines().stream().filter(l -> l.startsWith("b ")).findFirst().get();
    assertTrue(failed.contains("FAILED") && failed.contains("media_source"), failed);
    assertTrue(run.out().contains("2 done, 1 failed"), run.out());
  }

  @Test
  void tourSignsInCreatesPagesAnalysesAndUploads() {
    Tour.main(new String[0]);

    assertEquals(run.banner(), run.outLines().get(0));
    for (int step = 1; step <= 7; step++) {
      assertTrue(run.out().contains("== " + step + ". "), "step " + step);
    }
    Board board = boardNamed(Tour.BOARD);
    List<Pin> pins = run.fake().pins().stream()
        .filter(p -> board.getId().equals(p.getBoardId())).toList();
    assertEquals(4, pins.size());
    assertEquals(1, pins.stream().filter(p -> CreativeType.VIDEO.equals(p.getCreativeType()))
        .count());
    assertTrue(run.out().contains("page 2: Herbs on the sill  (last page)"), run.out());
    assertTrue(run.out().contains("Pinterest API tour     4  PUBLIC"), run.out());
    assertTrue(run.fake().authorizationLeaks().isEmpty());
  }

  @Test
  void jsonModeKeepsStdoutOneJsonDocumentAndTheBannerOnStderr() throws Exception {
    ListBoards.main(new String[] {"--json"});

    List<?> boards = (List<?>) PinterestMoshi.get()
        .adapter(Object.class).fromJson(run.out());
    assertEquals(2, boards.size());
    assertEquals(run.banner(), run.err().lines().findFirst().get());
  }

  private Board boardNamed(String name) {
    return run.fake().boards().stream().filter(b -> name.equals(b.getName())).findFirst()
        .orElseThrow(() -> new AssertionError("no board " + name + " in "
            + run.fake().boards().stream().map(Board::getName).collect(Collectors.toList())));
  }

  private static <T> T last(List<T> items) {
    return items.get(items.size() - 1);
  }

  private static long sumColumn(List<String> lines, int column) {
    return lines.stream().mapToLong(l -> Long.parseLong(l.trim().split("\\s+")[column])).sum();
  }
}
