package io.github.pinterestapi.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;

/** JSON through the generated models' own Moshi, so the fake writes exactly what they read. */
final class Json {
  private static final Moshi MOSHI = PinterestMoshi.get();

  private Json() {}

  static String write(Object value) {
    if (value == null) {
      return "null";
    }
    return adapter(value.getClass()).toJson(value);
  }

  static String write(Type type, Object value) {
    return MOSHI.adapter(type).toJson(value);
  }

  /** Decodes a request body; a body that does not fit the model is the client's fault. */
  static <T> T read(String json, Class<T> type) {
    try {
      T value = MOSHI.adapter(type).fromJson(json);
      if (value == null) {
        throw FakeError.badRequest("The request body must be a JSON object");
      }
      return value;
    } catch (IOException | JsonDataException | IllegalArgumentException e) {
      throw FakeError.badRequest("Invalid request body: " + e.getMessage());
    }
  }

  /** The body as a plain map, to tell an absent property from an explicit null. */
  static Map<?, ?> readMap(String json) {
    Object parsed;
    try {
      parsed = MOSHI.adapter(Object.class).fromJson(json);
    } catch (IOException | JsonDataException e) {
      throw FakeError.badRequest("Invalid request body: " + e.getMessage());
    }
    if (!(parsed instanceof Map)) {
      throw FakeError.badRequest("The request body must be a JSON object");
    }
    return (Map<?, ?>) parsed;
  }

  /** A deep copy, so snapshots handed to tests never share state with the fake. */
  @SuppressWarnings("unchecked")
  static <T> T copy(T model) {
    JsonAdapter<T> adapter = (JsonAdapter<T>) adapter(model.getClass());
    try {
      return adapter.fromJson(adapter.toJson(model));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonAdapter<Object> adapter(Class<?> type) {
    return MOSHI.adapter((Type) type);
  }
}
