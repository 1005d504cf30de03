package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The generated services and parameter classes read like handwritten ones, by the standard
 * {@link SourceHygiene} holds the generated module's sources to.
 */
class GeneratedSurfaceHygieneTest {
  @Test
  void servicesAreTidy() throws IOException {
    check(Paths.get("target/generated-sources/services/java"), 40);
  }

  @Test
  void parameterClassesAreTidy() throws IOException {
    check(Paths.get("target/generated-sources/params/java"), 200);
  }

  private static void check(Path generated, int atLeast) throws IOException {
    SourceHygiene.Report report = SourceHygiene.check(generated);
    // 46 services and 231 parameter classes at 5.23.0.
    assertTrue(report.files > atLeast, "generated sources under " + generated + ": " + report.files);
    assertTrue(report.problems.isEmpty(), report.summary());
  }
}
