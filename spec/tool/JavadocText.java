import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders Pinterest's description text, Markdown mixed with a little HTML, as javadoc lines: the
 * templates print each one after {@code " *"} with no escaping of their own. Paragraphs,
 * {@code -}/{@code *}/{@code 1.} lists, code spans, {@code **bold**}, {@code *emphasis*},
 * {@code [links](…)} and the harmless HTML tags become javadoc HTML; relative links become
 * absolute under {@link #SITE}; any other {@code <}, {@code &}, {@code @}, backslash and
 * {@code * /} are escaped so that no text can end the comment, start a tag or hide a unicode
 * escape. The text is untrusted: one pass per nesting level (at most {@link #MAX_DEPTH}), no
 * regex, lookahead bounded by precomputed next-position tables or by {@link #TAG_LIMIT}.
 */
public final class JavadocText {
  static final String SITE = "https://developers.pinterest.com";
  private static final int WIDTH = 88;
  /** A parameter's text follows {@code @param name (optional)} on its first line. */
  private static final int COMPACT_WIDTH = 64;
  private static final int MAX_DEPTH = 3;
  private static final int TAG_LIMIT = 400;
  private static final Set<String> TAGS = new HashSet<>(Arrays.asList(
      "a", "b", "strong", "i", "em", "code", "br", "p", "ul", "ol", "li", "pre", "u", "sup",
      "sub", "tt", "blockquote"));

  /** Javadoc lines, each starting with a space, or empty for a blank line; none when blank. */
  static List<String> lines(String markdown, boolean compact) {
    StringBuilder html = new StringBuilder();
    for (String[] block : blocks(markdown)) {
      if (block[0].equals("p")) {
        html.append("<p>").append(inline(block[1], 0));
      } else {
        html.append('<').append(block[0]).append('>');
        for (int i = 1; i < block.length; i++) {
          html.append("<li>").append(inline(block[i], 0));
        }
        html.append("</").append(block[0]).append('>');
      }
    }
    return layout(html.toString(), compact);
  }

  private static final String[] STRUCTURE = {"<p>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>",
      "</li>"};

  /**
   * Lays rendered HTML out as javadoc: a paragraph after a blank line and {@code <p>} (none
   * before the first), each list tag and item on a line of its own, indented by depth.
   */
  private static List<String> layout(String html, boolean compact) {
    int width = compact ? COMPACT_WIDTH : WIDTH;
    List<String> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String prefix = " ";
    int depth = 0;
    int i = 0;
    while (i < html.length()) {
      String mark = null;
      if (html.charAt(i) == '<') {
        for (String candidate : STRUCTURE) {
          if (html.startsWith(candidate, i)) {
            mark = candidate;
          }
        }
      }
      if (mark == null) {
        text.append(html.charAt(i));
        i++;
        continue;
      }
      i += mark.length();
      String indent = " " + "  ".repeat(depth);
      if (mark.equals("<p>")) {
        if (depth > 0) {
          text.append(text.toString().trim().equals("<li>") ? "" : " ");
          continue;
        }
        flush(text, prefix, width, out);
        if (!out.isEmpty()) {
          if (!compact) {
            out.add("");
          }
          text.append("<p>");
        }
        prefix = " ";
      } else if (mark.equals("<li>")) {
        flush(text, prefix, width, out);
        text.append("<li>");
        prefix = indent;
      } else if (mark.equals("</li>")) {
        flush(text, prefix, width, out);
      } else if (mark.startsWith("</")) {
        flush(text, prefix, width, out);
        depth = Math.max(0, depth - 1);
        out.add(" " + "  ".repeat(depth) + mark);
        prefix = " " + "  ".repeat(depth);
      } else {
        flush(text, prefix, width, out);
        if (depth == 0 && !out.isEmpty() && !compact) {
          out.add("");
        }
        out.add(indent + mark);
        depth++;
        prefix = indent + "  ";
      }
    }
    flush(text, prefix, width, out);
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static void flush(StringBuilder text, String prefix, int width, List<String> out) {
    String content = text.toString().trim();
    text.setLength(0);
    if (!content.isEmpty() && !content.equals("<p>")) {
      boolean item = content.startsWith("<li>");
      wrap(content, prefix, prefix + (item ? "    " : ""), width, out);
    } else if (content.equals("<p>") && !out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
  }

  /** Splits the text into paragraphs {"p", text} and lists {"ul"|"ol", item, item, …}. */
  private static List<String[]> blocks(String text) {
    List<String[]> blocks = new ArrayList<>();
    List<String> items = null;
    String listKind = null;
    StringBuilder current = null;
    boolean blankSince = false;
    for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String line = raw.trim();
      if (line.isEmpty()) {
        current = flushParagraph(blocks, items == null ? current : null);
        if (items == null) {
          current = null;
        }
        blankSince = true;
        continue;
      }
      int marker = listMarker(line);
      int heading = headingMarker(line);
      if (marker > 0) {
        String kind = Character.isDigit(line.charAt(0)) ? "ol" : "ul";
        if (items == null || !kind.equals(listKind)) {
          flushParagraph(blocks, items == null ? current : null);
          flushList(blocks, listKind, items);
          items = new ArrayList<>();
          listKind = kind;
        }
        current = new StringBuilder(line.substring(marker).trim());
        items.add(current.toString());
      } else if (items != null && !blankSince) {
        current.append(' ').append(line);
        items.set(items.size() - 1, current.toString());
      } else {
        if (items != null) {
          flushList(blocks, listKind, items);
          items = null;
          current = null;
        }
        if (heading > 0) {
          flushParagraph(blocks, current);
          blocks.add(new String[] {"p", "**" + line.substring(heading).trim() + "**"});
          current = null;
        } else if (current == null) {
          current = new StringBuilder(line);
        } else {
          current.append(' ').append(line);
        }
      }
      blankSince = false;
    }
    if (items != null) {
      flushList(blocks, listKind, items);
    } else {
      flushParagraph(blocks, current);
    }
    return blocks;
  }

  private static StringBuilder flushParagraph(List<String[]> blocks, StringBuilder paragraph) {
    if (paragraph != null && paragraph.length() > 0) {
      blocks.add(new String[] {"p", paragraph.toString()});
    }
    return null;
  }

  private static void flushList(List<String[]> blocks, String kind, List<String> items) {
    if (items != null && !items.isEmpty()) {
      List<String> block = new ArrayList<>();
      block.add(kind);
      block.addAll(items);
      blocks.add(block.toArray(new String[0]));
    }
  }

  /** Length of a list marker ({@code - }, {@code * }, {@code + }, {@code 12. }), else 0. */
  private static int listMarker(String line) {
    char first = line.charAt(0);
    if ((first == '-' || first == '*' || first == '+') && line.length() > 1
        && line.charAt(1) == ' ') {
      return 2;
    }
    int digits = 0;
    while (digits < line.length() && digits < 9 && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    return digits > 0 && line.length() > digits + 1 && line.charAt(digits) == '.'
        && line.charAt(digits + 1) == ' ' ? digits + 2 : 0;
  }

  private static int headingMarker(String line) {
    int hashes = 0;
    while (hashes < line.length() && hashes < 7 && line.charAt(hashes) == '#') {
      hashes++;
    }
    return hashes > 0 && hashes < 7 && line.length() > hashes && line.charAt(hashes) == ' '
        ? hashes + 1 : 0;
  }

  /** Greedy wrap at spaces; the first line gets {@code first}, the others {@code rest}. */
  private static void wrap(String text, String first, String rest, int width, List<String> out) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    if (!empty) {
      out.add(line.toString());
    }
  }

  /** Next position at or after each index holding {@code c}, or -1. */
  private static int[] next(String s, char c) {
    int[] next = new int[s.length() + 2];
    next[s.length()] = -1;
    next[s.length() + 1] = -1;
    for (int i = s.length() - 1; i >= 0; i--) {
      next[i] = s.charAt(i) == c ? i : next[i + 1];
    }
    return next;
  }

  /** Inline Markdown and HTML of one block, as javadoc HTML. */
  static String inline(String s, int depth) {
    int[] tick = next(s, '`');
    int[] close = next(s, ']');
    int[] open = next(s, '[');
    int[] paren = next(s, ')');
    int[] star = next(s, '*');
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '`') {
        int end = i + 1 < s.length() && s.charAt(i + 1) != '`' ? tick[i + 1] : -1;
        if (end > i + 1) {
          out.append(code(s.substring(i + 1, end)));
          i = end + 1;
          continue;
        }
        while (i < s.length() && s.charAt(i) == '`') {
          out.append('`');
          i++;
        }
        continue;
      }
      if (c == '[' && depth < MAX_DEPTH) {
        int end = close[i + 1];
        int nested = open[i + 1];
        if (end > 0 && (nested < 0 || nested > end) && end + 1 < s.length()
            && s.charAt(end + 1) == '(' && paren[end + 2] > 0) {
          int stop = paren[end + 2];
          String target = s.substring(end + 2, stop).trim();
          int space = target.indexOf(' ');
          String url = absolute(space < 0 ? target : target.substring(0, space));
          String label = inline(s.substring(i + 1, end), depth + 1);
          out.append(url == null ? label : "<a href=\"" + url + "\">" + label + "</a>");
          i = stop + 1;
          continue;
        }
      }
      if (c == '*' && depth < MAX_DEPTH) {
        boolean strong = i + 1 < s.length() && s.charAt(i + 1) == '*';
        int from = i + (strong ? 2 : 1);
        int end = from < s.length() && s.charAt(from) != ' ' ? star[from] : -1;
        boolean fits = end > from && s.charAt(end - 1) != ' '
            && (strong ? end + 1 < s.length() && s.charAt(end + 1) == '*'
                : end + 1 >= s.length() || s.charAt(end + 1) != '*');
        if (fits) {
          String tag = strong ? "b" : "em";
          out.append('<').append(tag).append('>').append(inline(s.substring(from, end), depth + 1))
              .append("</").append(tag).append('>');
          i = end + (strong ? 2 : 1);
          continue;
        }
      }
      if (c == '<') {
        int end = tag(s, i, out);
        if (end > i) {
          i = end;
          continue;
        }
      }
      if (c == '&') {
        int entity = i + 1;
        while (entity < s.length() && entity - i < 8 && s.charAt(entity) != ';') {
          entity++;
        }
        String plain = entity < s.length() && s.charAt(entity) == ';'
            ? PLAIN.get(s.substring(i, entity + 1)) : null;
        if (plain != null) {
          out.append(plain);
          i = entity + 1;
          continue;
        }
      }
      if (c == '\\' && i + 1 < s.length() && isPunctuation(s.charAt(i + 1))) {
        text(s.charAt(i + 1), s, i + 1, out);
        i += 2;
        continue;
      }
      text(c, s, i, out);
      i++;
    }
    return out.toString().replace("*/", "*&#47;");
  }

  /** Entities that stand for plain characters, which read better as themselves. */
  private static final Map<String, String> PLAIN = new HashMap<>();

  static {
    for (String quote : new String[] {"&quot;", "&#34;", "&#x22;"}) {
      PLAIN.put(quote, "\"");
    }
    for (String apostrophe : new String[] {"&apos;", "&#39;", "&#x27;"}) {
      PLAIN.put(apostrophe, "'");
    }
    for (String backtick : new String[] {"&#96;", "&#x60;"}) {
      PLAIN.put(backtick, "`");
    }
    for (String equals : new String[] {"&#61;", "&#x3D;", "&#x3d;"}) {
      PLAIN.put(equals, "=");
    }
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && c > ' ';
  }

  /** One character of plain text. */
  private static void text(char c, String s, int i, StringBuilder out) {
    switch (c) {
      case '<':
        out.append("&lt;");
        break;
      case '>':
        out.append("&gt;");
        break;
      case '@':
        out.append("&#64;");
        break;
      case '\\':
        out.append("&#92;");
        break;
      case '&':
        out.append(isEntity(s, i) ? "&" : "&amp;");
        break;
      case '\t':
      case '\n':
        out.append(' ');
        break;
      default:
        if (c >= ' ') {
          out.append(c);
        }
    }
  }

  /** Whether {@code &} at {@code i} starts {@code &name;} or {@code &#123;} (10 chars at most). */
  private static boolean isEntity(String s, int i) {
    int j = i + 1;
    boolean numeric = j < s.length() && s.charAt(j) == '#';
    if (numeric) {
      j++;
    }
    int start = j;
    while (j < s.length() && j - i < 10 && (numeric ? Character.isLetterOrDigit(s.charAt(j))
        : Character.isLetter(s.charAt(j)))) {
      j++;
    }
    return j > start && j < s.length() && s.charAt(j) == ';';
  }

  /**
   * An HTML tag at {@code i}: a known one is written back without attributes (a link keeps its
   * {@code href}, made absolute). Returns the index after it, or {@code i} when it is not one.
   */
  private static int tag(String s, int i, StringBuilder out) {
    int j = i + 1;
    boolean closing = j < s.length() && s.charAt(j) == '/';
    if (closing) {
      j++;
    }
    int nameStart = j;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      j++;
    }
    String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
    int end = -1;
    for (int k = j; k < s.length() && k - i < TAG_LIMIT; k++) {
      char c = s.charAt(k);
      if (c == '>') {
        end = k;
        break;
      }
      if (c == '<') {
        break;
      }
    }
    if (!TAGS.contains(name) || end < 0) {
      return i;
    }
    if (closing) {
      if (!name.equals("p") && !name.equals("br")) {
        out.append("</").append(name).append('>');
      }
      return end + 1;
    }
    if (name.equals("a")) {
      String url = absolute(attribute(s.substring(j, end), "href"));
      out.append(url == null ? "<a>" : "<a href=\"" + url + "\">");
    } else {
      out.append('<').append(name).append('>');
    }
    return end + 1;
  }

  /** The value of {@code name="…"} (or '…', or bare) among a tag's attributes, or null. */
  private static String attribute(String attributes, String name) {
    String lower = attributes.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(name);
    if (at < 0) {
      return null;
    }
    int k = at + name.length();
    while (k < attributes.length() && attributes.charAt(k) == ' ') {
      k++;
    }
    if (k >= attributes.length() || attributes.charAt(k) != '=') {
      return null;
    }
    k++;
    while (k < attributes.length() && attributes.charAt(k) == ' ') {
      k++;
    }
    if (k >= attributes.length()) {
      return null;
    }
    char quote = attributes.charAt(k);
    if (quote == '"' || quote == '\'') {
      int stop = attributes.indexOf(quote, k + 1);
      return stop < 0 ? null : attributes.substring(k + 1, stop);
    }
    int stop = k;
    while (stop < attributes.length() && attributes.charAt(stop) != ' '
        && attributes.charAt(stop) != '/') {
      stop++;
    }
    return attributes.substring(k, stop);
  }

  /** The link made absolute on Pinterest's site, escaped for an attribute; null if unsafe. */
  static String absolute(String url) {
    if (url == null || url.trim().isEmpty()) {
      return null;
    }
    String u = url.trim();
    String lower = u.toLowerCase(Locale.ROOT);
    String full;
    if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
      full = u;
    } else if (u.startsWith("//")) {
      full = "https:" + u;
    } else if (u.startsWith("/")) {
      full = SITE + u;
    } else if (u.startsWith("#")) {
      full = SITE + "/docs/api/v5/" + u;
    } else if (u.indexOf(':') >= 0 && u.indexOf(':') < Math.max(0, u.indexOf('/'))
        || u.indexOf(':') >= 0 && u.indexOf('/') < 0) {
      return null;  // another scheme (javascript:, data:, …)
    } else {
      full = SITE + "/" + u;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < full.length(); i++) {
      char c = full.charAt(i);
      switch (c) {
        case '"': out.append("%22"); break;
        case '<': out.append("%3C"); break;
        case '>': out.append("%3E"); break;
        case ' ': out.append("%20"); break;
        case '\\': out.append("%5C"); break;
        case '@': out.append("%40"); break;
        case '&': out.append("&amp;"); break;
        default:
          if (c > ' ' && c != 127) {
            out.append(c);
          }
      }
    }
    return out.toString().replace("*/", "*%2F");
  }

  /** A code span: {@code {@code …}} when that is safe, else {@code <code>} with escapes. */
  private static String code(String content) {
    boolean plain = content.indexOf('{') < 0 && content.indexOf('}') < 0
        && content.indexOf('@') < 0 && content.indexOf('\\') < 0 && !content.contains("*/")
        && !content.startsWith(" ") && !content.endsWith(" ");
    if (plain) {
      return "{@code " + content + "}";
    }
    StringBuilder out = new StringBuilder("<code>");
    for (int i = 0; i < content.length(); i++) {
      text(content.charAt(i), content, i, out);
    }
    return out.append("</code>").toString();
  }

  private JavadocText() {}
}
