package io.github.pinterestapi.v5;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether a re-encoded value says the same as the JSON it was decoded from.
 *
 * <p>Two JSON values are equivalent when they are equal after three normalisations, each of which
 * only undoes a choice of representation the description leaves open:
 *
 * <ul>
 *   <li>An object member whose value is null counts as absent. Received data does not tell an
 *       explicit null from a missing property, by design: the models keep explicit nulls only
 *       when a caller sets one, for PATCH bodies.
 *   <li>Numbers compare by value: {@code 1}, {@code 1.0} and {@code 1E0} are one JSON number, and
 *       a decimal re-encoded from a double may change its notation.
 *   <li>Two different strings that both read as ISO-8601 date-times, with the offset optional and
 *       UTC when absent, compare as instants: date-time properties decode to OffsetDateTime and
 *       are written in one canonical form ({@code 2022-10-13T01:40:29Z}). No other property
 *       reformats a string, so this cannot hide a changed value.
 * </ul>
 *
 * Everything else must match exactly: member names, array order and length, strings, booleans,
 * and the JSON type of each value (a number written as a string is a difference).
 */
public final class JsonEquivalence {
  private JsonEquivalence() {}

  /** Null when equivalent, else where and how they first differ. */
  public static String difference(JsonNode expected, JsonNode actual) {
    return difference("$", expected, actual);
  }

  private static String difference(String path, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          ? null : path + ": number " + expected + " became " + actual;
    }
    if (expected.isTextual() && actual.isTextual()) {
      String a = expected.textValue();
      String b = actual.textValue();
      if (a.equals(b) || sameInstant(a, b)) {
        return null;
      }
      return path + ": string \"" + a + "\" became \"" + b + "\"";
    }
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      names.addAll(presentNames(expected));
      names.addAll(presentNames(actual));
      for (String name : names) {
        JsonNode a = expected.path(name);
        JsonNode b = actual.path(name);
        boolean hasA = !a.isMissingNode() && !a.isNull();
        boolean hasB = !b.isMissingNode() && !b.isNull();
        if (!hasA) {
          return path + "." + name + ": not in the example, but written as " + b;
        }
        if (!hasB) {
          return path + "." + name + ": " + clip(a) + " was dropped";
        }
        String inner = difference(path + "." + name, a, b);
        if (inner != null) {
          return inner;
        }
      }
      return null;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return path + ": " + expected.size() + " elements became " + actual.size();
      }
      for (int i = 0; i < expected.size(); i++) {
        String inner = difference(path + "[" + i + "]", expected.get(i), actual.get(i));
        if (inner != null) {
          return inner;
        }
      }
      return null;
    }
    if (expected.equals(actual)) {
      return null;
    }
    return path + ": " + expected.getNodeType() + " " + clip(expected) + " became "
        + actual.getNodeType() + " " + clip(actual);
  }

  private static TreeSet<String> presentNames(JsonNode object) {
    TreeSet<String> names = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      if (!member.getValue().isNull()) {
        names.add(member.getKey());
      }
    }
    return names;
  }

  static boolean sameInstant(String a, String b) {
    Instant x = instant(a);
    return x != null && x.equals(instant(b));
  }

  private static Instant instant(String text) {
    if (text.length() < 19 || text.charAt(10) != 'T') {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notADateTime) {
        return null;
      }
    }
  }

  private static String clip(JsonNode node) {
    String text = node.toString();
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }
}
