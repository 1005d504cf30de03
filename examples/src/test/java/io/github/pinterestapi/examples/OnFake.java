package io.github.pinterestapi.examples;

import io.github.pinterestapi.testing.FakePinterest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test's programs on a fresh fake the test can inspect, with System.out and
 * System.err captured, as a user would see them.
 *
 * <pre>{@code
 * @RegisterExtension final OnFake run = new OnFake();
 * ListBoards.main(new String[0]);
 * assertEquals(2, run.fake().boards().size());
 * }</pre>
 */
final class OnFake implements BeforeEachCallback, AfterEachCallback {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private FakePinterest fake;
  private PrintStream systemOut;
  private PrintStream systemErr;

  @Override
  public void beforeEach(ExtensionContext context) {
    fake = Connection.newFake().start();
    // Seeded now, as the program would, so a test can pick a Pin before running it.
    DemoData.seed(fake);
    Connection.useFake(fake);
    systemOut = System.out;
    systemErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(systemOut);
    System.setErr(systemErr);
    Connection.useFake(null);
    fake.close();
    if (context.getExecutionException().isPresent()) {
      // What the program printed is the best clue to why it failed.
      systemOut.println("--- stdout ---\n" + out() + "--- stderr ---\n" + err());
    }
  }

  FakePinterest fake() {
    return fake;
  }

  PrintStream outStream() {
    return System.out;
  }

  PrintStream errStream() {
    return System.err;
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  List<String> outLines() {
    return out().lines().toList();
  }

  /** The banner every program prints first, for this fake. */
  String banner() {
    return "Running against the embedded fake Pinterest at " + fake.baseUrl()
        + " (no PINTEREST_ACCESS_TOKEN set)";
  }
}
