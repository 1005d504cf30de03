package io.github.pinterestapi.v5.runtime;

/**
 * Finds a union object's discriminator label in the object's own bytes, in one pass and without a
 * reader: the top-level member of the given name whose value is a plain string.
 *
 * <p>It stops at the first member of that name, which is usually the object's first. It answers
 * only when it is sure: a name or value written with escapes, a value that is not a string, or
 * bytes before the label that are not of simple shape give {@link #NONE}, and the union then
 * judges the object in full, which is always correct; the label only saves work. The union keeps
 * the answer only if the bytes then decode, so what follows the label is checked by the reader.
 * Nested values are skipped by counting brackets outside strings ({@link #valueEnd}, which
 * unions also use to find where their object ends), so the pass is linear and uses no stack
 * whatever the depth.
 */
final class UnionLabel {
  /** No label this class can vouch for. */
  static final int NONE = -1;

  private final byte[] name;
  private final byte[][] labels;

  /**
   * @param name the discriminator property's name
   * @param labels the labels to recognise; {@link #find} answers with an index into these
   */
  UnionLabel(String name, String[] labels) {
    this.name = utf8(name);
    this.labels = new byte[labels.length][];
    for (int i = 0; i < labels.length; i++) {
      this.labels[i] = utf8(labels[i]);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The index of the label among the labels, of the object in {@code json[from..end)}, or
   * {@link #NONE}.
   */
  int find(byte[] json, int from, int end) {
    int i = space(json, end, from);
    if (i >= end || json[i] != '{') {
      return NONE;
    }
    i = space(json, end, i + 1);
    if (i < end && json[i] == '}') {
      return NONE;
    }
    while (i < end) {
      if (json[i] != '"') {
        return NONE;
      }
      int keyEnd = plainStringEnd(json, end, i);
      if (keyEnd < 0) {
        return NONE;
      }
      boolean isName = equals(json, i + 1, keyEnd, name);
      i = space(json, end, keyEnd + 1);
      if (i >= end || json[i] != ':') {
        return NONE;
      }
      i = space(json, end, i + 1);
      if (isName) {
        if (i >= end || json[i] != '"') {
          return NONE;
        }
        int valueEnd = plainStringEnd(json, end, i);
        return valueEnd < 0 ? NONE : labelIndex(json, i + 1, valueEnd);
      }
      i = valueEnd(json, end, i);
      if (i < 0) {
        return NONE;
      }
      i = space(json, end, i);
      if (i >= end || json[i] == '}') {
        return NONE;
      }
      if (json[i] != ',') {
        return NONE;
      }
      i = space(json, end, i + 1);
    }
    return NONE;
  }

  private int labelIndex(byte[] json, int from, int to) {
    for (int l = 0; l < labels.length; l++) {
      if (equals(json, from, to, labels[l])) {
        return l;
      }
    }
    return NONE;
  }

  private static boolean equals(byte[] json, int from, int to, byte[] expected) {
    if (to - from != expected.length) {
      return false;
    }
    for (int k = 0; k < expected.length; k++) {
      if (json[from + k] != expected[k]) {
        return false;
      }
    }
    return true;
  }

  /** The index of the closing quote of the string opening at {@code quote}; -1 on an escape. */
  private static int plainStringEnd(byte[] json, int end, int quote) {
    for (int i = quote + 1; i < end; i++) {
      if (json[i] == '"') {
        return i;
      }
      if (json[i] == '\\') {
        return -1;
      }
    }
    return -1;
  }

  private static int space(byte[] json, int end, int i) {
    while (i < end && isSpace(json[i])) {
      i++;
    }
    return i;
  }

  /**
   * The index just past the JSON value starting at {@code i}, or -1 if it does not end by
   * {@code end}: strings are skipped past their escapes, nested values by counting brackets. It
   * does not validate; a reader that decodes the bytes afterwards does.
   */
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
  private static int stringEnd(byte[] json, int end, int quote) {
    for (int i = quote + 1; i < end; i++) {
      if (json[i] == '\\') {
        i++;
      } else if (json[i] == '"') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }
}
