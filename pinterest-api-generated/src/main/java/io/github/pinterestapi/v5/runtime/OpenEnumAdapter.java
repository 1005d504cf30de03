package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Reads any value into a generated {@link OpenEnum} through its static {@code of} method. */
final class OpenEnumAdapter extends JsonAdapter<OpenEnum<?>> {
  private final Class<?> type;
  private final Method of;
  private final JsonAdapter<Object> values;

  OpenEnumAdapter(Class<?> type, Moshi moshi) {
    this.type = type;
    Method found = null;
    for (Method method : type.getMethods()) {
      if (method.getName().equals("of") && method.getParameterTypes().length == 1
          && method.getReturnType() == type) {
        found = method;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException(type.getName() + " has no static of(value) method");
    }
    this.of = found;
    this.values = moshi.adapter(found.getGenericParameterTypes()[0]);
  }

  @Override
  public OpenEnum<?> fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    Object value;
    try {
      value = values.fromJson(reader);
    } catch (JsonDataException e) {
      throw new JsonDataException("Expected a " + type.getSimpleName() + " value at "
          + reader.getPath()
          + ": " + e.getMessage(), e);
    }
    try {
      return (OpenEnum<?>) of.invoke(null, value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot create " + type.getName(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, OpenEnum<?> value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      values.toJson(writer, value.value());
    }
  }

  @Override
  public String toString() {
    return "OpenEnumAdapter(" + type.getName() + ")";
  }
}
