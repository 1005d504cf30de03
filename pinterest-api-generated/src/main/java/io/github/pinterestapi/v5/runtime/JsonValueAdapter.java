package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Constructor;

/** Reads and writes a generated {@link JsonValue} as the raw JSON it holds, via {@link JsonTree}. */
final class JsonValueAdapter extends JsonAdapter<JsonValue> {
  private final Constructor<? extends JsonValue> constructor;
  private final Moshi moshi;

  JsonValueAdapter(Class<? extends JsonValue> type, Moshi moshi) {
    this.moshi = moshi;
    try {
      constructor = type.getDeclaredConstructor(Object.class);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " lacks its (Object) constructor", e);
    }
  }

  @Override
  public JsonValue fromJson(JsonReader reader) throws IOException {
    Object value = JsonTree.read(reader, 0);
    try {
      return constructor.newInstance(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, JsonValue value) throws IOException {
    JsonTree.write(writer, value == null ? null : value.value(), moshi);
  }
}
