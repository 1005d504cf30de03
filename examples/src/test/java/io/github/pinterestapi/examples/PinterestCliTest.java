package io.github.pinterestapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.examples.cli.PinterestCli;
import io.github.pinterestapi.extras.oauth.FileTokenStore;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.CreativeType;
import io.github.pinterestapi.v5.model.MediaUploadStatus;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand of the {@code pinterest} CLI, on the fake. */
class PinterestCliTest {
  @RegisterExtension
  final OnFake run = new OnFake();

  @TempDir
  Path temp;

  private int pinterest(String... args) {
    return PinterestCli.run(run.outStream(), run.errStream(), args);
  }

  @Test
  void signin() {
    Path tokenFile = temp.resolve("token.json");
    assertEquals(0, pinterest("signin", "--token-file", tokenFile.toString()));
    assertEquals(run.banner(), run.outLines().get(0));
    assertTrue(run.out().contains("Signed in as fake_pinterest_user"), run.out());
    assertTrue(new FileTokenStore(tokenFile).load().accessToken().length() > 0);
  }

  @Test
  void boards() {
    assertEquals(0, pinterest("boards"));
    assertEquals(run.banner(), run.outLines().get(0));
    assertTrue(run.out().contains("Weeknight dinners"), run.out());
    assertTrue(run.out().contains("2 boards"), run.out());
  }

  @Test
  void createPin() {
    assertEquals(0, pinterest("create-pin", "--board", "Desk", "--title", "Lamp",
        "https://example.com/lamp.jpg"));
    Pin pin = last(run.fake().pins());
    assertEquals("Lamp", pin.getTitle());
    assertEquals(boardNamed("Desk").getId(), pin.getBoardId());
    assertTrue(run.out().contains(pin.getId()), run.out());
  }

  @Test
  void uploadVideo() {
    assertEquals(0, pinterest("upload-video", "--title", "Clip"));
    Pin pin = last(run.fake().pins());
    assertEquals(CreativeType.VIDEO, pin.getCreativeType());
    assertEquals("Clip", pin.getTitle());
    assertEquals(MediaUploadStatus.SUCCEEDED, run.fake().media().get(0).getStatus());
    assertTrue(run.err().contains("100%"), run.err());
  }

  @Test
  void pins() {
    assertEquals(0, pinterest("pins", "--page-size", "5"));
    assertTrue(run.out().contains("7 pins, fetched in 2 pages of up to 5"), run.out());
  }

  @Test
  void analytics() {
    String pinId = run.fake().pins().get(3).getId();
    assertEquals(0, pinterest("analytics", "--days", "3", pinId));
    assertTrue(run.out().contains("Pin " + pinId + ", 2024-01-12 to 2024-01-14"), run.out());
    assertTrue(run.out().contains("TOTAL"), run.out());
  }

  @Test
  void report() {
    String adAccount = run.fake().adAccounts().get(0).getId();
    assertEquals(0, pinterest("report", "--ad-account", adAccount, "--days", "2"));
    assertTrue(run.out().contains("2024-01-13"), run.out());
    assertTrue(run.out().contains("2024-01-14"), run.out());
    assertTrue(run.out().contains("2 rows"), run.out());
    assertTrue(run.err().contains("report ready"), run.err());
  }

  @Test
  void bulkImport() {
    assertEquals(0, pinterest("bulk-import", "--board", "Shop"));
    String boardId = boardNamed("Shop").getId();
    assertEquals(5, run.fake().pins().stream().filter(p -> boardId.equals(p.getBoardId())).count());
    assertTrue(run.out().contains("5 done"), run.out());
    assertTrue(run.err().contains("import [##############################] 100%"), run.err());
  }

  @Test
  void tour() {
    assertEquals(0, pinterest("tour"));
    assertTrue(run.out().contains("== 7. Your boards now"), run.out());
    assertEquals(4, run.fake().pins().stream()
        .filter(p -> boardNamed("Pinterest API tour").getId().equals(p.getBoardId())).count());
  }

  @Test
  void jsonWorksBeforeOrAfterTheSubcommand() throws Exception {
    assertEquals(0, pinterest("--json", "boards"));
    assertEquals(2, ((List<?>) PinterestMoshi.get().adapter(Object.class).fromJson(run.out()))
        .size());
  }

  @Test
  void jsonAfterTheSubcommand() throws Exception {
    assertEquals(0, pinterest("create-pin", "--json"));
    Map<?, ?> result = (Map<?, ?>) PinterestMoshi.get().adapter(Object.class).fromJson(run.out());
    assertEquals("Dice in the sun", ((Map<?, ?>) result.get("pin")).get("title"));
    assertTrue(run.err().startsWith(run.banner()), run.err());
  }

  @Test
  void sandboxOnTheFakeAppliesSandboxRules() {
    assertEquals(0, pinterest("--sandbox", "boards"));
    assertTrue(run.out().startsWith("Running against the embedded fake Pinterest at "
        + run.fake().baseUrl() + " as the sandbox"), run.out());
  }

  @Test
  void aFailureIsOneLineAndExitStatus1() {
    assertEquals(1, pinterest("analytics", "999999"));
    assertTrue(run.err().startsWith("pinterest analytics: "), run.err());
    assertTrue(run.err().contains("pins/analytics"), run.err());
  }

  @Test
  void noSubcommandPrintsUsageAndAnUnknownOneIsAUsageError() {
    assertEquals(0, pinterest());
    for (String command : List.of("signin", "boards", "create-pin", "upload-video", "pins",
        "analytics", "report", "bulk-import", "tour")) {
      assertTrue(run.out().contains(command), command);
    }
    assertEquals(2, pinterest("frobnicate"));
  }

  private Board boardNamed(String name) {
    return run.fake().boards().stream().filter(b -> name.equals(b.getName())).findFirst()
        .orElseThrow();
  }

  private static <T> T last(List<T> items) {
    return items.get(items.size() - 1);
  }
}
