package io.github.pinterestapi.v5.runtime;

import java.util.Locale;

/**
 * Decides which values never appear in a {@code toString()}: tokens, secrets, passwords,
 * authorization codes and signed-upload fields, judged by their JSON property name.
 *
 * <p>Generated models call it for every property: {@code Redaction.show("access_token", value)}.
 */
public final class Redaction {
  private static final String MASK = "██";

  private Redaction() {}

  /** Whether a property with this JSON name holds a credential. */
  public static boolean isSecret(String jsonName) {
    String name = jsonName.toLowerCase(Locale.ROOT);
    return name.contains("token") && !name.endsWith("token_type") && !name.endsWith("_expires_in")
            && !name.endsWith("_expires_at") && !name.equals("token_type_hint")
        || name.contains("secret") && !name.endsWith("_secret_pins") && !name.equals("is_secret")
        || name.contains("password")
        || name.contains("signature")
        || name.equals("code")
        || name.equals("policy")
        || name.equals("x-amz-credential")
        || name.equals("authorization");
  }

  /** The value as {@code toString()} may print it. */
  public static Object show(String jsonName, Object value) {
    // An error "code" is a number and harmless; an OAuth "code" is a string and a credential.
    if (value == null || !isSecret(jsonName) || value instanceof Number) {
      return value;
    }
    return MASK;
  }
}
