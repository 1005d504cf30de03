package io.github.pinterestapi.internal;

import io.github.pinterestapi.v5.runtime.Redaction;

/**
 * Masks the string values of secret members in JSON text, in one pass over the characters with
 * no regex and no recursion, so any input (a megabyte-long string, a truncated body, text that is
 * not JSON at all) costs linear time and constant stack.
 *
 * <p>It does not validate: every {@code "name": "value"} pair it meets is judged by
 * {@link Redaction#isSecret(String)}, at any depth. A value cut off at the end of the text (a
 * truncated log line) is masked too when its name is secret.
 *
 * <pre>{@code
 * String safe = JsonMasking.mask("{\"access_token\":\"pina_…\"}", "██");
 * }</pre>
 */
final class JsonMasking {
  private JsonMasking() {}

  static String mask(String json, String mask) {
    StringBuilder out = new StringBuilder(json.length());
    int length = json.length();
    int i = 0;
    while (i < length) {
      char c = json.charAt(i);
      if (c != '"') {
        out.append(c);
        i++;
        continue;
      }
      int nameEnd = stringEnd(json, i);
      out.append(json, i, nameEnd);
      int colon = skipWhitespace(json, nameEnd);
      if (nameEnd >= length || colon >= length || json.charAt(colon) != ':') {
        i = nameEnd;
        continue;
      }
      int value = skipWhitespace(json, colon + 1);
      out.append(json, nameEnd, value);
      if (value >= length || json.charAt(value) != '"') {
        i = value;
        continue;
      }
      int valueEnd = stringEnd(json, value);
      String name = json.substring(i + 1, Math.max(i + 1, nameEnd - 1));
      if (Redaction.isSecret(name)) {
        out.append('"').append(mask).append('"');
      } else {
        out.append(json, value, valueEnd);
      }
      i = valueEnd;
    }
    return out.toString();
  }

  /** The index just after the string starting with the quote at {@code start}, or the end. */
  private static int stringEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i = Math.min(i + 2, text.length());
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length(); // Unterminated (or ends in a lone backslash): runs to the end.
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
