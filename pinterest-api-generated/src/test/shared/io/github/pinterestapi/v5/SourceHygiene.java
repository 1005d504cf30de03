package io.github.pinterestapi.v5;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds what keeps generated sources from reading like handwritten ones: escaped HTML in their
 * javadoc, relative links, {@code && true}, a blank line after an annotation, runs of blank lines
 * and unused imports (a word of javadoc prose does not use one). A test source root of this
 * module and of pinterest-api-extras, so that both modules' generated sources meet one standard.
 *
 * <pre>{@code
 * SourceHygiene.Report report = SourceHygiene.check(Paths.get("target/generated-sources/x/java"));
 * }</pre>
 */
public final class SourceHygiene {
  /** Text the generator's escaping leaves behind, which javadoc would show as is. */
  private static final String[] ESCAPES = {"\\&quot;", "&quot;", "&#x60;", "&#39;", "&#x3D;",
      "&#x27;", "&lt;a ", "&lt;/", "&lt;p&gt;", "&amp;lt;", "&amp;quot;", "&amp;#"};
  private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)\\.(\\w+);$");
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
  /** What javadoc resolves through the imports: {@code {@link X}}, {@code @see X}, {@code @throws X}. */
  private static final Pattern WORD = Pattern.compile("[\\w$]+");
  private static final Pattern JAVADOC_REFERENCE =
      Pattern.compile("(?:\\{@link(?:plain)?|@see|@throws)\\s+(\\w+)");

  /** The Java files checked and the problems found, each as {@code file:line: what}. */
  public static final class Report {
    public final int files;
    public final List<String> problems;

    Report(int files, List<String> problems) {
      this.files = files;
      this.problems = problems;
    }

    /** The first problems, one a line, for an assertion message. */
    public String summary() {
      return problems.size() + " problems, first ones:\n"
          + String.join("\n", problems.subList(0, Math.min(20, problems.size())));
    }
  }

  /** Checks every {@code .java} file under {@code root}. */
  public static Report check(Path root) throws IOException {
    List<String> problems = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java"))::iterator) {
        files++;
        check(root.relativize(file).toString(),
            new String(Files.readAllBytes(file), StandardCharsets.UTF_8), problems);
      }
    }
    return new Report(files, problems);
  }

  static void check(String name, String text, List<String> problems) {
    String[] lines = text.split("\n", -1);
    StringBuilder body = new StringBuilder();
    List<String[]> imports = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = name + ":" + (i + 1) + ": ";
      Matcher imported = IMPORT.matcher(line);
      if (imported.matches()) {
        imports.add(new String[] {imported.group(3), where});
        continue;
      }
      body.append(line).append('\n');
      for (String escape : ESCAPES) {
        if (line.contains(escape)) {
          problems.add(where + "escaped text " + escape + " in " + line.trim());
        }
      }
      if (line.contains("&& true")) {
        problems.add(where + "&& true");
      }
      boolean blank = line.trim().isEmpty();
      String previous = i > 0 ? lines[i - 1].trim() : "";
      // An annotation line, not a parameter ("@Query(...) String x," or "...);").
      if (blank && previous.startsWith("@") && !previous.endsWith(";") && !previous.endsWith(",")) {
        problems.add(where + "blank line after the annotation " + lines[i - 1].trim());
      }
      if (blank && i > 0 && i < lines.length - 1 && lines[i - 1].trim().isEmpty()) {
        problems.add(where + "a run of blank lines");
      }
      Matcher href = HREF.matcher(line);
      while (href.find()) {
        if (!href.group(1).startsWith("https://") && !href.group(1).startsWith("http://")
            && !href.group(1).startsWith("mailto:")) {
          problems.add(where + "relative link " + href.group(1));
        }
      }
    }
    StringBuilder code = new StringBuilder();
    StringBuilder comments = new StringBuilder();
    split(body.toString(), code, comments);
    java.util.Set<String> referenced = new java.util.HashSet<>();
    Matcher reference = JAVADOC_REFERENCE.matcher(comments);
    while (reference.find()) {
      referenced.add(reference.group(1));
    }
    Matcher word = WORD.matcher(code);
    while (word.find()) {
      referenced.add(word.group());
    }
    for (String[] imported : imports) {
      if (!referenced.contains(imported[0])) {
        problems.add(imported[1] + "unused import " + imported[0]);
      }
    }
  }

  /** Code (string and char literals blanked) into {@code code}, comment text into the other. */
  private static void split(String text, StringBuilder code, StringBuilder comments) {
    int i = 0;
    while (i < text.length()) {
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (text.charAt(i) == '/' && (next == '/' || next == '*')) {
        String end = next == '/' ? "\n" : "*/";
        int stop = text.indexOf(end, i + 2);
        stop = stop < 0 ? text.length() : stop;
        comments.append(text, i, stop).append('\n');
        i = stop + end.length();
      } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
        char quote = text.charAt(i);
        i++;
        while (i < text.length() && text.charAt(i) != quote) {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        code.append(" \"\" ");
        i++;
      } else {
        code.append(text.charAt(i));
        i++;
      }
    }
  }

  private SourceHygiene() {}
}
