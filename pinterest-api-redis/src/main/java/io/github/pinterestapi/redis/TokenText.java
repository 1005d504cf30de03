package io.github.pinterestapi.redis;

import io.github.pinterestapi.extras.oauth.Token;
import io.github.pinterestapi.v5.api.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Token} as the text stored in Redis: one {@code name=value} line per field. Token values
 * are printable ASCII with no line breaks, checked on write; reading is a single linear pass
 * with a size cap, since Redis content is as untrusted as any network input.
 *
 * <pre>{@code
 * Token same = TokenText.read(TokenText.write(token));
 * }</pre>
 */
final class TokenText {
  static final int MAX_CHARS = 16 * 1024;

  private TokenText() {}

  static String write(Token token) {
    StringBuilder out = new StringBuilder();
    line(out, "access", token.accessToken());
    line(out, "refresh", token.refreshToken());
    line(out, "accessExpiresAt", millis(token.accessExpiresAt()));
    line(out, "refreshExpiresAt", millis(token.refreshExpiresAt()));
    List<String> scopes = new ArrayList<>();
    for (Scope scope : token.scopes()) {
      scopes.add(scope.value());
    }
    line(out, "scopes", String.join(",", scopes));
    return out.toString();
  }

  static Token read(String text) {
    if (text.length() > MAX_CHARS) {
      throw new StoredTokenUnreadableException("The stored token is larger than " + MAX_CHARS);
    }
    String access = null;
    String refresh = null;
    Instant accessExpiresAt = null;
    Instant refreshExpiresAt = null;
    List<Scope> scopes = new ArrayList<>();
    for (String line : text.split("\n")) {
      int equals = line.indexOf('=');
      if (equals < 0) {
        continue;
      }
      String name = line.substring(0, equals);
      String value = line.substring(equals + 1);
      switch (name) {
        case "access":
          access = value;
          break;
        case "refresh":
          refresh = value;
          break;
        case "accessExpiresAt":
          accessExpiresAt = instant(value);
          break;
        case "refreshExpiresAt":
          refreshExpiresAt = instant(value);
          break;
        case "scopes":
          for (String scope : value.split(",")) {
            if (!scope.isEmpty()) {
              scopes.add(Scope.of(scope));
            }
          }
          break;
        default:
          // A field from a newer version: ignored, so that versions can share a store.
      }
    }
    if (access == null || access.isEmpty()) {
      throw new StoredTokenUnreadableException("The stored token has no access token");
    }
    return Token.builder(access).refreshToken(refresh).accessExpiresAt(accessExpiresAt)
        .refreshExpiresAt(refreshExpiresAt).scopes(scopes).build();
  }

  private static void line(StringBuilder out, String name, String value) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException("A token field holds a character that cannot be stored");
      }
    }
    out.append(name).append('=').append(value).append('\n');
  }

  private static String millis(Instant instant) {
    return instant == null ? null : Long.toString(instant.toEpochMilli());
  }

  private static Instant instant(String value) {
    try {
      return Instant.ofEpochMilli(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new StoredTokenUnreadableException("The stored token has an unreadable expiry");
    }
  }
}
