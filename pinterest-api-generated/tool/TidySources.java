import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tidies the generated Java sources in place, so that they read like handwritten ones: drops each
 * single-type import whose simple name the code never uses (see {@link #identifiers}), and folds
 * runs of blank lines into one. The templates import every type a file may need, since mustache cannot tell which
 * ones a schema uses; this pass keeps the ones it does.
 *
 * <p>Usage: {@code java TidySources.java DIR}. Only files it changes are written, so an unchanged
 * source keeps its timestamp and the incremental compile stays incremental.
 */
public final class TidySources {
  public static void main(String[] args) throws IOException {
    Path root = Paths.get(args[0]);
    int changed = 0;
    int files = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java"))::iterator) {
        files++;
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String tidy = tidy(text);
        if (!tidy.equals(text)) {
          Files.write(file, tidy.getBytes(StandardCharsets.UTF_8));
          changed++;
        }
      }
    }
    System.out.println("[tidy] " + changed + " of " + files + " generated sources tidied in " + root);
  }

  static String tidy(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      if (!line.startsWith("import ") && !line.startsWith("package ")) {
        body.append(line).append('\n');
      }
    }
    Set<String> names = identifiers(body);
    List<String> kept = new ArrayList<>();
    boolean blank = false;
    for (String line : lines) {
      if (line.startsWith("import ") && !used(line, names)) {
        continue;
      }
      boolean isBlank = line.trim().isEmpty();
      if (isBlank && blank) {
        continue;
      }
      blank = isBlank;
      kept.add(isBlank ? "" : line);
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
      kept.remove(kept.size() - 1);
    }
    return String.join("\n", kept) + "\n";
  }

  private static boolean used(String importLine, Set<String> names) {
    String name = importLine.substring("import ".length()).replace(";", "").trim();
    String simple = name.substring(name.lastIndexOf('.') + 1);
    return simple.equals("*") || names.contains(simple);
  }

  /**
   * The identifiers the code names: outside comments and literals, plus the targets of
   * {@code {@link X}}, {@code @see X} and {@code @throws X} in comments (javadoc resolves those
   * through the imports). A word of prose does not keep an import.
   */
  static Set<String> identifiers(CharSequence text) {
    Set<String> names = new HashSet<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        i = comment(text, i + 2, "\n", names);
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        i = comment(text, i + 2, "*/", names);
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (Character.isJavaIdentifierStart(c)) {
        i = word(text, i, names);
      } else {
        i++;
      }
    }
    return names;
  }

  /** Skips a comment up to {@code end}, keeping the names its javadoc references. */
  private static int comment(CharSequence text, int i, String end, Set<String> names) {
    int n = text.length();
    while (i < n && !startsWith(text, i, end)) {
      if (text.charAt(i) == '@') {
        int tag = i + 1;
        while (tag < n && Character.isLetter(text.charAt(tag))) {
          tag++;
        }
        String name = text.subSequence(i + 1, tag).toString();
        if (name.equals("link") || name.equals("linkplain") || name.equals("see")
            || name.equals("throws")) {
          while (tag < n && text.charAt(tag) == ' ') {
            tag++;
          }
          if (tag < n && Character.isJavaIdentifierStart(text.charAt(tag))) {
            word(text, tag, names);
          }
        }
        i = tag;
      } else {
        i++;
      }
    }
    return i + end.length();
  }

  private static int word(CharSequence text, int start, Set<String> names) {
    int i = start;
    while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
      i++;
    }
    names.add(text.subSequence(start, i).toString());
    return i;
  }

  private static boolean startsWith(CharSequence text, int at, String prefix) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private TidySources() {}
}
