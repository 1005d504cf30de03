package io.github.pinterestapi.v5;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.v5.runtime.ModelJsonAdapter;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every example of the corrected description, each with the Java type it should decode to.
 *
 * <p>Response examples ({@code content.application/json.example} and
 * {@code .examples.*.value}) of a 2xx response take the type of the operation's Retrofit method,
 * which must exist; other responses (errors) take the type of their schema. A component's own
 * {@code example} takes the component's type, and a property's {@code example} the type of the
 * model field that carries that JSON name.
 */
public final class SpecExamples {
  /**
   * One example: a readable name, where it sits in the description, the schema it illustrates
   * (a JSON pointer), its Java type and its value.
   */
  public record Example(String name, String pointer, String schema, Type type, JsonNode value) {
    @Override
    public String toString() {
      return name;
    }
  }

  private SpecExamples() {}

  public static List<Example> responseExamples() {
    List<Example> found = new ArrayList<>();
    SpecFixtures.description().path("paths").fields().forEachRemaining(path ->
        path.getValue().fields().forEachRemaining(op -> {
          if (!SpecFixtures.HTTP_METHODS.contains(op.getKey())) {
            return;
          }
          String id = op.getValue().path("operationId").asText();
          op.getValue().path("responses").fields().forEachRemaining(response -> {
            String status = response.getKey();
            JsonNode content = response.getValue().path("content").path("application/json");
            String base = SpecFixtures.pointer("paths", path.getKey(), op.getKey(), "responses",
                status, "content", "application/json");
            if (content.has("example")) {
              found.add(new Example(id + " " + status + " example", base + "/example",
                  base + "/schema", responseType(id, status, content), content.get("example")));
            }
            content.path("examples").fields().forEachRemaining(named ->
                found.add(new Example(id + " " + status + " examples." + named.getKey(),
                    base + SpecFixtures.pointer("examples", named.getKey(), "value"),
                    base + "/schema", responseType(id, status, content),
                    named.getValue().path("value"))));
          });
        }));
    return found;
  }

  public static List<Example> schemaExamples() {
    List<Example> found = new ArrayList<>();
    SpecFixtures.schemas().fields().forEachRemaining(schema -> {
      if (schema.getValue().has("example")) {
        String at = SpecFixtures.pointer("components", "schemas", schema.getKey());
        found.add(new Example("schema " + schema.getKey(), at + "/example", at,
            SchemaTypes.forComponent(schema.getKey()), schema.getValue().get("example")));
      }
    });
    return found;
  }

  /**
   * Examples of the named properties of components that have a model class. Properties nested
   * in inline objects, or declared only inside allOf parts, are left out.
   */
  public static List<Example> propertyExamples() {
    List<Example> found = new ArrayList<>();
    SpecFixtures.schemas().fields().forEachRemaining(schema -> {
      Optional<Class<?>> model = SpecFixtures.modelClass(schema.getKey());
      if (model.isEmpty() || model.get().isInterface()) {
        return;
      }
      schema.getValue().path("properties").fields().forEachRemaining(property -> {
        if (!property.getValue().has("example")) {
          return;
        }
        Field field = field(model.get(), property.getKey());
        String name = "property " + schema.getKey() + "." + property.getKey();
        String at = SpecFixtures.pointer("components", "schemas", schema.getKey(),
            "properties", property.getKey());
        if (field == null) {
          throw new IllegalStateException(model.get().getName() + " has no field for "
              + property.getKey());
        }
        found.add(new Example(name, at + "/example", at, field.getGenericType(),
            property.getValue().get("example")));
      });
    });
    return found;
  }

  private static Type responseType(String operationId, String status, JsonNode content) {
    if (status.startsWith("2")) {
      Method method = SpecFixtures.operation(operationId).orElseThrow(() ->
          new IllegalStateException("no generated method for operation " + operationId));
      return SpecFixtures.responseType(method);
    }
    return SchemaTypes.forSchema(content.path("schema"));
  }

  /**
   * The field that carries a JSON name: the generated adapter lists the names in the order the
   * model declares its fields (the additional-properties map, if any, comes last).
   */
  private static Field field(Class<?> model, String jsonName) {
    JsonAdapter<?> adapter = PinterestMoshi.get().adapter(model);
    if (!(adapter instanceof ModelJsonAdapter)) {
      return null;
    }
    List<String> names = new ArrayList<>(((ModelJsonAdapter<?>) adapter).propertyNames());
    List<Field> fields = new ArrayList<>();
    for (Field field : model.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !field.getName().equals("additionalProperties")) {
        fields.add(field);
      }
    }
    if (fields.size() != names.size()) {
      throw new IllegalStateException(model.getName() + " declares " + fields.size()
          + " fields for " + names.size() + " JSON names");
    }
    int index = names.indexOf(jsonName);
    return index < 0 ? null : fields.get(index);
  }
}
