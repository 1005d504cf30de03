package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads and writes a generated {@link JsonValue} as the raw JSON it holds.
 *
 * <pre>{@code
 * new JsonValueAdapter<>(ItemAttributesRequestAllOfImageLink::of)
 * }</pre>
 *
 * @param <T> the generated type
 */
public final class JsonValueAdapter<T extends JsonValue> extends JsonAdapter<T> {
  /** Wraps a decoded value: the generated type's {@code of}. */
  public interface Of<T> {
    T of(Object value);
  }

  private final Of<T> of;

  public JsonValueAdapter(Of<T> of) {
    this.of = of;
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    return of.of(reader.readJsonValue());
  }

  @Override
  public void toJson(JsonWriter writer, T value) throws IOException {
    writer.jsonValue(value == null ? null : value.value());
  }
}
