package io.github.pinterestapi.v5;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.moshi.Types;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java type the generated code uses for a schema of the description.
 *
 * <p>A component with its own class maps to it. A component without one (an alias: an array, a
 * map or a primitive) takes the type of a Retrofit method that returns it, because only that
 * shows the names the generator gave to inline item classes ({@code ...ResponseInner}); failing
 * that, the type follows from the schema's structure.
 */
public final class SchemaTypes {
  private static Map<String, Type> returnedAliases;

  private SchemaTypes() {}

  public static Type forComponent(String name) {
    Optional<Class<?>> model = SpecFixtures.modelClass(name);
    if (model.isPresent()) {
      return model.get();
    }
    Type returned = returnedAliases().get(name);
    if (returned != null) {
      return returned;
    }
    JsonNode schema = SpecFixtures.schemas().path(name);
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("no component schema " + name);
    }
    return forSchema(schema);
  }

  /** The type for an inline schema or a {@code $ref}. */
  public static Type forSchema(JsonNode schema) {
    String ref = SpecFixtures.refName(schema);
    if (ref != null) {
      return forComponent(ref);
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "array":
        return Types.newParameterizedType(List.class, forSchema(schema.path("items")));
      case "string":
        switch (schema.path("format").asText("")) {
          case "date-time":
            return OffsetDateTime.class;
          case "date":
            return LocalDate.class;
          default:
            return String.class;
        }
      case "integer":
        return "int64".equals(schema.path("format").asText()) ? Long.class : Integer.class;
      case "number":
        return BigDecimal.class;
      case "boolean":
        return Boolean.class;
      case "object":
      case "":
        break;
      default:
        throw new IllegalArgumentException("unknown schema type " + type);
    }
    if (schema.has("properties") || schema.has("oneOf") || schema.has("anyOf")
        || schema.has("allOf")) {
      throw new IllegalArgumentException("an inline object schema has no class of its own to"
          + " find by name: " + schema);
    }
    JsonNode additional = schema.path("additionalProperties");
    if (additional.isObject() && additional.size() > 0) {
      return Types.newParameterizedType(Map.class, String.class, forSchema(additional));
    }
    return "object".equals(type)
        ? Types.newParameterizedType(Map.class, String.class, Object.class)
        : Object.class;
  }

  /** Components without a class that some operation returns, with that method's type. */
  private static synchronized Map<String, Type> returnedAliases() {
    if (returnedAliases == null) {
      Map<String, Type> found = new HashMap<>();
      SpecFixtures.describedOperations().forEach((id, op) ->
          op.path("responses").fields().forEachRemaining(response -> {
            String name = SpecFixtures.refName(
                response.getValue().path("content").path("application/json").path("schema"));
            Optional<Method> method = SpecFixtures.operation(id);
            if (name != null && response.getKey().startsWith("2") && method.isPresent()
                && SpecFixtures.modelClass(name).isEmpty()) {
              found.put(name, SpecFixtures.responseType(method.get()));
            }
          }));
      returnedAliases = found;
    }
    return returnedAliases;
  }
}
