package io.github.pinterestapi.v5.runtime;

/**
 * Where a JSON value ends in UTF-8 bytes, found in one linear pass with no stack: strings are
 * skipped past their escapes and nested values by counting brackets outside strings. It does not
 * validate: a reader that decodes the bytes afterwards does.
 *
 * <pre>{@code
 * int end = JsonBytes.valueEnd(json, json.length, start); // -1 if the value does not end
 * }</pre>
 */
final class JsonBytes {
  private JsonBytes() {}

  /** The index just past the value starting at {@code i}, or -1 if it does not end by {@code end}. */
  static int valueEnd(byte[] json, int end, int i) {
    int depth = 0;
    for (; i < end; i++) {
      byte b = json[i];
      if (b == '"') {
        i = stringEnd(json, end, i);
        if (i < 0) {
          return -1;
        }
        if (depth == 0) {
          return i + 1;
        }
      } else if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        if (depth == 0) {
          return i;
        }
        if (--depth == 0) {
          return i + 1;
        }
      } else if (depth == 0 && (b == ',' || isSpace(b))) {
        return i;
      }
    }
    return depth == 0 ? i : -1;
  }

  /** The index of the closing quote of the string opening at {@code quote}, past escapes. */
  static int stringEnd(byte[] json, int end, int quote) {
    for (int i = quote + 1; i < end; i++) {
      if (json[i] == '\\') {
        i++;
      } else if (json[i] == '"') {
        return i;
      }
    }
    return -1;
  }

  static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }
}
