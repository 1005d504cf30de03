package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * Reads and writes a generated {@link JsonValue} as the raw JSON it holds.
 *
 * <pre>{@code
 * new JsonValueAdapter<>(ItemAttributesRequestAllOfImageLink::of, moshi)
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
  private final JsonAdapter<Object> values;

  public JsonValueAdapter(Of<T> of, Moshi moshi) {
    this.of = of;
    this.values = moshi.adapter(Object.class);
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    return of.of(values.fromJson(reader));
  }

  @Override
  public void toJson(JsonWriter writer, T value) throws IOException {
    writer.jsonValue(value == null ? null : value.value());
  }
}
