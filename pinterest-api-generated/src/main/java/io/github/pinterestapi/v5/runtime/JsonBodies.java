package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a JSON body held whole in memory, as the client's converter holds every answer. Unions
 * then read their objects' bytes where they lie instead of copying each one out of the reader,
 * which was the largest single cost of decoding a page of pins. The result is the adapter's, as
 * {@code adapter.fromJson(…)} gives it; like Retrofit's Moshi converter, a UTF-8 byte order mark
 * is skipped and anything after the value is an error.
 *
 * <pre>{@code
 * Pin pin = JsonBodies.decode(PinterestMoshi.get().adapter(Pin.class), bytes);
 * }</pre>
 */
public final class JsonBodies {
  private JsonBodies() {}

  /** The value {@code body} holds, decoded by {@code adapter}. */
  public static <T> @Nullable T decode(JsonAdapter<T> adapter, byte[] body) throws IOException {
    int from = startsWithByteOrderMark(body) ? 3 : 0;
    BytesSource source = new BytesSource(body, from, body.length);
    JsonReader reader = JsonReader.of(source.buffered());
    LentBody lent = LentBody.lend(body, body.length, source, reader);
    try {
      T value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      return value;
    } finally {
      lent.end();
      reader.close();
    }
  }

  private static boolean startsWithByteOrderMark(byte[] body) {
    return body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB
        && body[2] == (byte) 0xBF;
  }
}
