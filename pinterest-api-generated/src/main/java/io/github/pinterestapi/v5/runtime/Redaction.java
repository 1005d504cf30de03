package io.github.pinterestapi.v5.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides which values never appear in a {@code toString()}, by rule rather than by a list of
 * properties, so that a secret Pinterest adds to its description later is masked too:
 *
 * <ul>
 *   <li>a property whose JSON name says it is secret: {@code *token*}, {@code *secret*},
 *       {@code *password*}, {@code *passcode*}, {@code *signature*}, {@code *credential*},
 *       {@code *_key}, and OAuth's {@code code}, S3's {@code policy}, {@code authorization};
 *       flags and timings about them ({@code is_secret}, {@code token_type},
 *       {@code *_expires_in}, …) are not secrets;
 *   <li>in any other text, the values of signed-URL query parameters whose names are secret by
 *       the same rule, or are {@code sig}, {@code key} or {@code key-pair-id} (S3's
 *       {@code X-Amz-Signature} and {@code X-Amz-Credential} follow from the rule).
 * </ul>
 *
 * <p>Generated models call it for every property: {@code Redaction.show("access_token", value)}.
 * Every method runs in linear time with no regex, on text of any size.
 */
public final class Redaction {
  private static final String MASK = "██";

  private Redaction() {}

  /** Whether a property (or header, or form field) with this name holds a credential. */
  public static boolean isSecret(String jsonName) {
    String name = jsonName.toLowerCase(Locale.ROOT);
    if (name.endsWith("token_type") || name.endsWith("_expires_in")
        || name.endsWith("_expires_at") || name.equals("token_type_hint")
        || name.endsWith("_secret_pins") || name.equals("is_secret")) {
      return false;
    }
    return name.contains("token") || name.contains("secret") || name.contains("password")
        || name.contains("passcode") || name.contains("signature") || name.contains("credential")
        || name.endsWith("_key") || name.endsWith("-key")
        || name.equals("code") || name.equals("policy") || name.equals("authorization");
  }

  /** Whether a URL query parameter with this name signs or authorizes the URL. */
  public static boolean isSecretQueryParameter(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return isSecret(lower) || lower.equals("sig") || lower.equals("key")
        || lower.equals("key-pair-id");
  }

  /**
   * The value as {@code toString()} may print it: masked when the name is secret (an error
   * {@code code} that is a number excepted, and flags), signed URL parameters masked in text,
   * and the same rules applied inside maps and lists.
   */
  public static @Nullable Object show(String jsonName, @Nullable Object value) {
    if (value == null || value instanceof Boolean) {
      return value;
    }
    if (isSecret(jsonName)) {
      // An error "code" is a number and harmless; an OAuth "code" is a string and a credential.
      return value instanceof Number && jsonName.equals("code") ? value : MASK;
    }
    if (value instanceof CharSequence) {
      return maskQueryParameters(value.toString());
    }
    if (value instanceof Map) {
      Map<Object, Object> shown = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        Object key = entry.getKey();
        shown.put(key, show(String.valueOf(key), entry.getValue()));
      }
      return shown;
    }
    if (value instanceof Collection) {
      List<Object> shown = new ArrayList<>();
      for (Object element : (Collection<?>) value) {
        shown.add(show(jsonName, element));
      }
      return shown;
    }
    return value;
  }

  /**
   * Appends {@code name=value, } for a property that is set, its value shown as {@link #show}
   * shows it: one call per property keeps every generated {@code toString()} small.
   *
   * @param text the {@code toString()} being built
   * @param jsonName the property's JSON name
   * @param value its value; nothing is appended when it is null
   */
  public static void append(StringBuilder text, String jsonName, @Nullable Object value) {
    if (value != null) {
      text.append(jsonName).append('=').append(show(jsonName, value)).append(", ");
    }
  }

  /**
   * Appends {@code key=value, } for each additional property, null values included.
   *
   * @param text the {@code toString()} being built
   * @param properties the model's additional properties, or null when it has none
   */
  public static void appendAll(StringBuilder text, @Nullable Map<String, ?> properties) {
    if (properties != null) {
      for (Map.Entry<String, ?> e : properties.entrySet()) {
        text.append(e.getKey()).append('=').append(show(e.getKey(), e.getValue())).append(", ");
      }
    }
  }

  /**
   * Ends a generated {@code toString()}: drops the last separator and closes the brace.
   *
   * @param text what {@link #append} built after the model's name and brace
   * @return the finished text
   */
  public static String close(StringBuilder text) {
    if (text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 2);
    }
    return text.append('}').toString();
  }

  /**
   * {@code text} with the values of secret query parameters masked wherever a query string
   * appears in it ({@code …?X-Amz-Signature=…&a=b}): one pass, linear in the text.
   */
  public static String maskQueryParameters(String text) {
    int question = text.indexOf('?');
    if (question < 0 || text.indexOf('=', question) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      out.append(c);
      i++;
      if (c != '?' && c != '&') {
        continue;
      }
      // A parameter starts here: name up to '=', value up to the end of the query.
      int nameEnd = i;
      // Stopping at the next '?' or '&' keeps the whole pass linear, whatever the text.
      while (nameEnd < length && text.charAt(nameEnd) != '=' && !endsQuery(text.charAt(nameEnd))
          && text.charAt(nameEnd) != '&' && text.charAt(nameEnd) != '?') {
        nameEnd++;
      }
      if (nameEnd >= length || text.charAt(nameEnd) != '=') {
        continue;
      }
      int valueEnd = nameEnd + 1;
      while (valueEnd < length && !endsQuery(text.charAt(valueEnd))
          && text.charAt(valueEnd) != '&') {
        valueEnd++;
      }
      out.append(text, i, nameEnd + 1);
      if (isSecretQueryParameter(percentDecodedName(text.substring(i, nameEnd)))
          && valueEnd > nameEnd + 1) {
        out.append(MASK);
      } else {
        out.append(text, nameEnd + 1, valueEnd);
      }
      i = valueEnd;
    }
    return out.toString();
  }

  private static boolean endsQuery(char c) {
    return c == '#' || c == '"' || c == '\'' || c == '<' || c == '>' || c == ','
        || Character.isWhitespace(c);
  }

  // Names are ASCII in practice; only the common escapes of '-' and '_' are undone.
  private static String percentDecodedName(String name) {
    return name.replace("%2D", "-").replace("%2d", "-").replace("%5F", "_").replace("%5f", "_");
  }
}
