package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The generated sources read like handwritten ones, by {@link SourceHygiene}'s standard. */
class GeneratedSourceHygieneTest {
  private static final Path GENERATED = Paths.get("target/generated-sources/pinterest/java");

  @Test
  void generatedSourcesAreTidy() throws IOException {
    SourceHygiene.Report report = SourceHygiene.check(GENERATED);
    assertTrue(report.files > 800, "generated sources under " + GENERATED + ": " + report.files);
    assertTrue(report.problems.isEmpty(), report.summary());
  }

  @Test
  void eachProblemIsFound() {
    String text = "package p;\n\nimport java.util.List;\n\n\n/** A &quot;b&quot; <a href=\"/docs\">c</a>. */\n"
        + "@Deprecated\n\nclass X {\n  boolean b = a && true;\n}\n";
    java.util.List<String> problems = new java.util.ArrayList<>();
    SourceHygiene.check("X.java", text, problems);
    String all = String.join("\n", problems);
    for (String expected : new String[] {"run of blank lines", "escaped text &quot;", "relative link /docs",
        "blank line after the annotation", "&& true", "unused import List"}) {
      assertTrue(all.contains(expected), expected + " not found in:\n" + all);
    }
  }
}
