package io.github.pinterestapi.extras.oauth;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Encoding, decoding and comparing the short strings the OAuth flow passes around. */
final class OAuthStrings {
  private static final Charset UTF_8 = Charset.forName("UTF-8");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private OAuthStrings() {}

  /** 256 random bits, URL-safe: enough that a forged redirect cannot guess it. */
  static String randomState(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Compares in time that depends only on the lengths, so a caller probing states one character
   * at a time learns nothing from how fast a mismatch is reported.
   */
  /** {@code text} without control characters, at most 500 of them; null stays null. */
  static String printable(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), 500));
    for (int i = 0; i < text.length() && out.length() < 500; i++) {
      char c = text.charAt(i);
      if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean constantTimeEquals(String expected, String actual) {
    if (expected == null || actual == null) {
      return false;
    }
    byte[] a = expected.getBytes(UTF_8);
    byte[] b = actual.getBytes(UTF_8);
    if (b.length == 0) {
      return false;
    }
    int difference = a.length ^ b.length;
    for (int i = 0; i < a.length; i++) {
      difference |= a[i] ^ b[i % b.length];
    }
    return difference == 0;
  }

  /**
   * Percent-encodes {@code value} for a query, keeping RFC 3986 unreserved characters and the
   * {@code alsoKeep} characters as they are (both are legal in a query).
   */
  static String percentEncode(String value, String alsoKeep) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(UTF_8)) {
      int c = b & 0xff;
      boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
      if (unreserved || (c < 0x80 && alsoKeep.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /** The parameters of a query or fragment ({@code a=1&b=2}); the first of repeated names wins. */
  static Map<String, String> parseParameters(String raw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (!parameters.containsKey(name)) {
        parameters.put(name, value);
      }
    }
    return parameters;
  }

  private static String decode(String encoded) {
    try {
      return URLDecoder.decode(encoded, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError("UTF-8 is always supported", e);
    } catch (IllegalArgumentException e) {
      // A broken escape: keep the text as sent rather than failing the whole redirect.
      return encoded;
    }
  }
}
