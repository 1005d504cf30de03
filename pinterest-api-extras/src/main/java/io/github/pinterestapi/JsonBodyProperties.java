package io.github.pinterestapi;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Adds top-level properties to a JSON object request body ({@link ExtraParams#bodyProperties()}).
 * The body's own text is kept as written, so its numbers, explicit nulls and order are untouched;
 * the extra members are appended before its closing brace.
 *
 * <pre>{@code
 * RequestBody body = JsonBodyProperties.add(request.body(), Map.of("new_field", true));
 * }</pre>
 */
final class JsonBodyProperties {
  private JsonBodyProperties() {}

  static RequestBody add(RequestBody body, Map<String, Object> properties) {
    MediaType type = body == null ? null : body.contentType();
    if (type == null || !"json".equals(type.subtype())) {
      throw new IllegalArgumentException("Extra body properties " + properties.keySet()
          + " need a JSON body; this call sends " + (type == null ? "none" : type.toString()));
    }
    try {
      Buffer original = new Buffer();
      body.writeTo(original);
      Set<String> names = topLevelNames(original.clone(), properties);
      String text = original.readUtf8().trim();
      String members = members(properties);
      String joined = text.substring(0, text.length() - 1) + (names.isEmpty() ? "" : ",")
          + members + "}";
      return RequestBody.create(joined, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> topLevelNames(Buffer json, Map<String, Object> extra)
      throws IOException {
    JsonReader reader = JsonReader.of(json);
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new IllegalArgumentException("Extra body properties " + extra.keySet()
          + " need a JSON object body; this call sends a JSON " + reader.peek());
    }
    Set<String> names = new HashSet<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (extra.containsKey(name)) {
        throw new IllegalArgumentException("The body already has the property '" + name
            + "'; set it through the parameters, not as an extra");
      }
      names.add(name);
      reader.skipValue();
    }
    return names;
  }

  /** The properties as JSON object members, without the braces. */
  private static String members(Map<String, Object> properties) throws IOException {
    JsonAdapter<Object> values = PinterestMoshi.onDemand().adapter(Object.class);
    Buffer out = new Buffer();
    JsonWriter writer = JsonWriter.of(out);
    writer.setSerializeNulls(true);
    writer.beginObject();
    for (Map.Entry<String, Object> property : properties.entrySet()) {
      writer.name(property.getKey());
      values.toJson(writer, property.getValue());
    }
    writer.endObject();
    writer.flush();
    String object = out.readUtf8();
    return object.substring(1, object.length() - 1);
  }
}
