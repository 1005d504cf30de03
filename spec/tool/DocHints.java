import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Gives each operation, parameter, request body and schema that has a {@code description} (or a
 * schema {@code title}, an operation {@code summary}) an {@code x-pinterest-doc}: the text as
 * javadoc lines, rendered by {@link JavadocText}; an operation's summary alone is also its
 * {@code x-pinterest-summary}. The generator would escape the description
 * itself as HTML and flatten its lines; the templates print these lines as they are.
 */
final class DocHints {
  private static final int MAX_DEPTH = 64;

  static int annotate(ObjectNode root) {
    int[] count = {0};
    for (JsonNode item : root.path("paths")) {
      for (JsonNode parameter : item.path("parameters")) {
        parameter(parameter, count);
      }
      for (JsonNode op : item) {
        if (!op.isObject() || !op.has("responses")) {
          continue;
        }
        String summary = op.path("summary").asText("").trim();
        String description = op.path("description").asText("").trim();
        put((ObjectNode) op, joined(summary, description), false, count);
        // The summary alone, for a one-line mention (a parameter class's first sentence).
        put((ObjectNode) op, "x-pinterest-summary", summary, true, count);
        for (JsonNode parameter : op.path("parameters")) {
          parameter(parameter, count);
        }
        body(op.path("requestBody"), count);
        for (JsonNode response : op.path("responses")) {
          content(response, count);
        }
      }
    }
    JsonNode components = root.path("components");
    for (JsonNode schema : components.path("schemas")) {
      schema(schema, count, 0);
    }
    for (JsonNode parameter : components.path("parameters")) {
      parameter(parameter, count);
    }
    for (JsonNode body : components.path("requestBodies")) {
      body(body, count);
    }
    for (JsonNode response : components.path("responses")) {
      content(response, count);
    }
    return count[0];
  }

  private static String joined(String first, String rest) {
    if (first.isEmpty() || rest.isEmpty() || rest.startsWith(first)) {
      return first.isEmpty() ? rest : rest.isEmpty() ? first : rest;
    }
    boolean stops = first.endsWith(".") || first.endsWith("!") || first.endsWith("?");
    return first + (stops ? "" : ".") + "\n\n" + rest;
  }

  private static void parameter(JsonNode parameter, int[] count) {
    if (parameter.isObject() && !parameter.has("$ref")) {
      put((ObjectNode) parameter, parameter.path("description").asText(""), true, count);
      schema(parameter.path("schema"), count, 0);
    }
  }

  private static void body(JsonNode body, int[] count) {
    if (body.isObject() && !body.has("$ref")) {
      put((ObjectNode) body, body.path("description").asText(""), true, count);
      content(body, count);
    }
  }

  private static void content(JsonNode holder, int[] count) {
    for (JsonNode media : holder.path("content")) {
      schema(media.path("schema"), count, 0);
    }
  }

  private static void schema(JsonNode schema, int[] count, int depth) {
    if (!schema.isObject() || schema.has("$ref") || depth > MAX_DEPTH) {
      return;
    }
    String title = schema.path("title").isTextual() ? schema.path("title").asText().trim() : "";
    String description = schema.path("description").isTextual()
        ? schema.path("description").asText().trim() : "";
    put((ObjectNode) schema, joined(title, description), false, count);
    for (JsonNode property : schema.path("properties")) {
      schema(property, count, depth + 1);
    }
    schema(schema.path("items"), count, depth + 1);
    schema(schema.path("additionalProperties"), count, depth + 1);
    schema(schema.path("not"), count, depth + 1);
    for (String keyword : new String[] {"allOf", "oneOf", "anyOf"}) {
      for (JsonNode part : schema.path(keyword)) {
        schema(part, count, depth + 1);
      }
    }
  }

  private static void put(ObjectNode node, String text, boolean compact, int[] count) {
    put(node, "x-pinterest-doc", text, compact, count);
  }

  private static void put(ObjectNode node, String key, String text, boolean compact, int[] count) {
    List<String> lines = JavadocText.lines(text, compact);
    if (!lines.isEmpty() && !node.has(key)) {
      ArrayNode array = node.putArray(key);
      lines.forEach(array::add);
      count[0]++;
    }
  }

  private DocHints() {}
}
