package io.github.pinterestapi.internal;

import io.github.pinterestapi.v5.runtime.Redaction;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Masks credentials in text that leaves the client: log lines, exception messages, snippets.
 *
 * <p>Which names are secret is decided once, by the runtime's {@link Redaction}, so models,
 * logs and errors agree. On top of that, free text is scrubbed of bearer credentials and
 * Pinterest-shaped tokens, because an error page may echo what it was sent.
 *
 * <pre>{@code
 * String safe = Redactor.body(json, MediaType.get("application/json"));
 * }</pre>
 */
public final class Redactor {
  public static final String MASK = "██";
  private static final int SNIPPET_SOURCE_CHARS = 16 * 1024;

  // Possessive quantifiers over single characters: linear, and no stack grows with the input.
  private static final Pattern CREDENTIAL_SCHEME =
      Pattern.compile("(?i)\\b(bearer|basic)\\s++[A-Za-z0-9._~+/=-]++");
  // Pinterest access, refresh and client tokens start pina_, pinr_, pinc_.
  private static final Pattern PINTEREST_TOKEN =
      Pattern.compile("\\bpin[acr]_[A-Za-z0-9._~+/=-]{8,}+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s++");

  private Redactor() {}

  /** Whether a header's value must never be shown. */
  public static boolean isSecretHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("authorization")
        || lower.equals("proxy-authorization")
        || lower.equals("cookie")
        || lower.equals("set-cookie")
        || Redaction.isSecret(lower);
  }

  /** A header value as it may be shown. */
  public static String header(String name, String value) {
    return isSecretHeader(name) ? MASK : text(value);
  }

  /** The URL with the values of secret query parameters masked. */
  public static String url(HttpUrl url) {
    if (url.querySize() == 0) {
      return url.toString();
    }
    HttpUrl.Builder safe = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      safe.addQueryParameter(name,
          value != null && Redaction.isSecretQueryParameter(name) ? MASK : value);
    }
    return safe.build().toString();
  }

  /** A request or response body as it may be shown, judged by its content type. */
  public static String body(String body, MediaType type) {
    String subtype = type == null ? "" : type.subtype().toLowerCase(Locale.ROOT);
    String trimmed = body.trim();
    if (subtype.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return text(json(body));
    }
    if (subtype.equals("x-www-form-urlencoded")) {
      return text(form(body));
    }
    return text(body);
  }

  /** JSON with the string values of secret members masked; numbers (error codes) are kept. */
  public static String json(String json) {
    return JsonMasking.mask(json, MASK);
  }

  /** An {@code application/x-www-form-urlencoded} body with secret fields masked. */
  public static String form(String form) {
    StringBuilder out = new StringBuilder();
    for (String pair : form.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      out.append(eq >= 0 && Redaction.isSecret(decode(name)) ? name + "=" + MASK : pair);
    }
    return out.toString();
  }

  /** Free text with credential-shaped words masked. */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    String scrubbed = CREDENTIAL_SCHEME.matcher(text).replaceAll("$1 " + MASK);
    scrubbed = PINTEREST_TOKEN.matcher(scrubbed).replaceAll(MASK);
    return Redaction.maskQueryParameters(scrubbed); // Signed URLs quoted in an error page.
  }

  /** At most {@code max} characters of a body on one line, redacted, for exception messages. */
  public static String snippet(String body, MediaType type, int max) {
    if (body == null || body.isEmpty()) {
      return "(empty body)";
    }
    try {
      return shortened(oneLine(body, type), max);
    } catch (Throwable e) { // A message is being built for another failure: never replace it.
      return "(body not shown: " + e.getClass().getSimpleName() + ")";
    }
  }

  /** At most {@code max} characters of already redacted text, marked when cut. */
  public static String shortened(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
  }

  private static String oneLine(String body, MediaType type) {
    // Redact a bounded prefix only: an error page of megabytes needs no more than a glance. A
    // secret member cut off at the end is still masked, by its name.
    String head = body.length() <= SNIPPET_SOURCE_CHARS ? body
        : body.substring(0, SNIPPET_SOURCE_CHARS);
    return WHITESPACE.matcher(body(head, type)).replaceAll(" ").trim();
  }

  /**
   * {@code text} cut back to its last member or field boundary, so that a secret is never shown
   * half-printed (the redactor judges a value by its member's name).
   */
  public static String memberBoundaryPrefix(String text) {
    int cut = Math.max(text.lastIndexOf(','), Math.max(text.lastIndexOf('&'), text.lastIndexOf('{')));
    return text.substring(0, Math.max(cut, 0));
  }

  /** As {@link #text}, but never throws: for messages built while something else failed. */
  public static String safeText(String text) {
    try {
      return text(text);
    } catch (Throwable e) { // Even a bug here must not replace the failure being reported.
      return "(text not shown: " + e.getClass().getSimpleName() + ")";
    }
  }

  private static String decode(String encoded) {
    try {
      return URLDecoder.decode(encoded, "UTF-8");
    } catch (UnsupportedEncodingException | IllegalArgumentException e) {
      return encoded;
    }
  }
}
