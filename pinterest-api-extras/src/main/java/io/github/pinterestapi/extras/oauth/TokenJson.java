package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;

/**
 * The JSON form of a {@link Token} in a file. Written with Moshi's streaming API rather than a
 * reflective adapter, so R8 on Android needs no keep rules for it.
 */
final class TokenJson {
  private static final int VERSION = 1;

  private TokenJson() {}

  static String write(Token token) throws IOException {
    Buffer buffer = new Buffer();
    JsonWriter writer = JsonWriter.of(buffer);
    writer.setIndent("  ");
    writer.beginObject();
    writer.name("version").value(VERSION);
    writer.name("access_token").value(token.accessToken());
    writer.name("refresh_token").value(token.refreshToken());
    writer.name("access_expires_at").value(iso(token.accessExpiresAt()));
    writer.name("refresh_expires_at").value(iso(token.refreshExpiresAt()));
    writer.name("scopes").beginArray();
    for (Scope scope : token.scopes()) {
      writer.value(scope.value());
    }
    writer.endArray();
    writer.endObject();
    writer.close();
    return buffer.readUtf8();
  }

  static Token read(String json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    String access = null;
    String refresh = null;
    Instant accessExpiresAt = null;
    Instant refreshExpiresAt = null;
    List<Scope> scopes = new ArrayList<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        continue;
      }
      switch (name) {
        case "access_token":
          access = reader.nextString();
          break;
        case "refresh_token":
          refresh = reader.nextString();
          break;
        case "access_expires_at":
          accessExpiresAt = Instant.parse(reader.nextString());
          break;
        case "refresh_expires_at":
          refreshExpiresAt = Instant.parse(reader.nextString());
          break;
        case "scopes":
          reader.beginArray();
          while (reader.hasNext()) {
            scopes.add(Scope.of(reader.nextString()));
          }
          reader.endArray();
          break;
        default:
          // "version" and anything a later version adds.
          reader.skipValue();
      }
    }
    reader.endObject();
    if (access == null) {
      throw new IOException("no access_token");
    }
    return Token.builder(access).refreshToken(refresh).accessExpiresAt(accessExpiresAt)
        .refreshExpiresAt(refreshExpiresAt).scopes(scopes).build();
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
