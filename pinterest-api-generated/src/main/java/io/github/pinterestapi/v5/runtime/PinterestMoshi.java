package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.github.pinterestapi.v5.model.ModelJsonAdapters;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The one place that configures Moshi for Pinterest's models.
 *
 * <pre>{@code
 * Moshi moshi = PinterestMoshi.get();
 * Board board = moshi.adapter(Board.class).fromJson(json);
 * }</pre>
 *
 * <p>{@link #get()} knows every generated type. {@link #onDemand()}, the same shared instance,
 * knows the types that code has registered ({@link GeneratedAdapters}), and every type once
 * something has called {@link #get()}: what the client and its services use, so that a shrinker
 * keeps only the adapters an app's operations reach.
 */
public final class PinterestMoshi {
  private static final GeneratedAdapters SHARED_ADAPTERS = new GeneratedAdapters();
  private static final Moshi SHARED = newBuilder(SHARED_ADAPTERS).build();

  private PinterestMoshi() {}

  /** The shared instance, knowing every generated type from now on; adapters are cached in it. */
  public static Moshi get() {
    SHARED_ADAPTERS.includeEverything(ModelJsonAdapters.all());
    return SHARED;
  }

  /**
   * The shared instance as it is: it knows the generated types registered with
   * {@link GeneratedAdapters} (an unregistered model fails with a clear error, never by
   * reflection), and every type once {@link #get()} has been called.
   */
  public static Moshi onDemand() {
    return SHARED;
  }

  /**
   * Decodes a JSON body held whole in memory, as the client's converter holds every answer. Unions
   * then read their objects' bytes where they lie instead of copying each one out of the reader,
   * which was the largest single cost of decoding a page of pins. The value is the adapter's, as
   * {@code adapter.fromJson(…)} gives it; like Retrofit's Moshi converter, a UTF-8 byte order
   * mark is skipped and anything after the value is an error.
   *
   * <pre>{@code
   * Pin pin = PinterestMoshi.decode(PinterestMoshi.get().adapter(Pin.class), bytes);
   * }</pre>
   */
  public static <T> @Nullable T decode(JsonAdapter<T> adapter, byte[] body) throws IOException {
    boolean byteOrderMark = body.length >= 3 && body[0] == (byte) 0xEF
        && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF;
    LentBody lent = new LentBody(body, byteOrderMark ? 3 : 0, body.length);
    JsonReader reader = lent.lendTo(JsonReader.of(lent.buffered()));
    try {
      T value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      return value;
    } finally {
      lent.end();
    }
  }

  /** A builder with every generated type's adapter, to which callers may add their own. */
  public static Moshi.Builder newBuilder() {
    GeneratedAdapters generated = new GeneratedAdapters();
    generated.includeEverything(ModelJsonAdapters.all());
    return newBuilder(generated);
  }

  /** A builder with {@code generated} and the handwritten adapters (free form, dates, decimals). */
  public static Moshi.Builder newBuilder(GeneratedAdapters generated) {
    return new Moshi.Builder().add(generated).add(new PinterestJsonAdapters());
  }
}
