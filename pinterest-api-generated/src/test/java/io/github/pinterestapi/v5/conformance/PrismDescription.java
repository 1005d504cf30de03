package io.github.pinterestapi.v5.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The copy of Pinterest's upstream description that Prism serves: the description itself, with one
 * accommodation for a limit of Prism's and nothing else.
 *
 * <p>Prism rebuilds a {@code deepObject} query parameter by walking the {@code properties} its
 * schema declares; it never looks inside {@code oneOf}/{@code anyOf}/{@code allOf}. A parameter
 * whose properties live in its alternatives (as {@code reports/stats}'s {@code parameters} does)
 * therefore arrives empty and fails validation however it is sent. Here each object schema reached
 * from a deepObject parameter also lists its alternatives' properties, which tells Prism which keys
 * to collect. Prism then hands every listed key to its validator, present or not, so these inlined
 * copies also drop {@code additionalProperties: false}. Everything else is still validated:
 * required properties, types, enums and which alternative matches. The generated client never sees
 * this copy, and schemas shared with bodies and responses are left as they are.
 */
final class PrismDescription {
  /** Deeper than any parameter in the description; it bounds the walk, not the result. */
  private static final int MAX_DEPTH = 16;

  private final JsonNode root;

  private PrismDescription(JsonNode root) {
    this.root = root;
  }

  /** Reads {@code upstream} (YAML), writes Prism's copy to {@code out} (JSON), returns {@code out}. */
  static Path write(Path upstream, Path out) throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(upstream.toFile());
    new PrismDescription(root).liftDeepObjectProperties();
    new ObjectMapper().writeValue(out.toFile(), root);
    return out;
  }

  private void liftDeepObjectProperties() {
    for (JsonNode parameter : root.path("components").path("parameters")) {
      lift(parameter);
    }
    for (JsonNode pathItem : root.path("paths")) {
      lift(pathItem.path("parameters"));
      for (JsonNode operation : pathItem) {
        lift(operation.path("parameters"));
      }
    }
  }

  private void lift(JsonNode parameters) {
    if (parameters.isArray()) {
      parameters.forEach(this::lift);
    } else if ("deepObject".equals(parameters.path("style").asText())
        && parameters.has("schema")) {
      // A copy of its own: the schema may be shared with bodies and responses.
      ((ObjectNode) parameters).set("schema", withLiftedProperties(parameters.get("schema"), 0));
    }
  }

  /** A copy of {@code schema} whose objects also list the properties of their alternatives. */
  private JsonNode withLiftedProperties(JsonNode schema, int depth) {
    ObjectNode copy = resolve(schema).deepCopy();
    if (depth >= MAX_DEPTH) {
      return copy;
    }
    if (copy.has("items")) {
      copy.set("items", withLiftedProperties(copy.get("items"), depth + 1));
    }
    ObjectNode properties = copy.has("properties")
        ? (ObjectNode) copy.get("properties") : copy.objectNode();
    properties.fields().forEachRemaining(
        property -> property.setValue(withLiftedProperties(property.getValue(), depth + 1)));
    if (copy.path("additionalProperties").isBoolean()) {
      copy.remove("additionalProperties");
    }
    for (String keyword : new String[] {"allOf", "oneOf", "anyOf"}) {
      if (!copy.path(keyword).isArray()) {
        continue;
      }
      ArrayNode alternatives = (ArrayNode) copy.get(keyword);
      for (int i = 0; i < alternatives.size(); i++) {
        JsonNode alternative = withLiftedProperties(alternatives.get(i), depth + 1);
        alternatives.set(i, alternative);
        alternative.path("properties").fields().forEachRemaining(property -> properties.set(
            property.getKey(), merged(properties.get(property.getKey()), property.getValue(),
                depth)));
      }
    }
    if (properties.size() > 0) {
      copy.set("properties", properties);
      if (!copy.has("type")) {
        copy.put("type", "object");
      }
    }
    return copy;
  }

  /**
   * One property seen in several alternatives, both already lifted. Where both are objects the
   * result lists every key of either and constrains nothing else (each alternative still
   * validates its own); otherwise the first schema seen stays.
   */
  private static JsonNode merged(JsonNode seen, JsonNode next, int depth) {
    if (seen == null) {
      return next;
    }
    if (depth >= MAX_DEPTH || !"object".equals(seen.path("type").asText())
        || !"object".equals(next.path("type").asText())) {
      return seen;
    }
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.put("type", "object");
    ObjectNode properties = keys.putObject("properties");
    seen.path("properties").fields().forEachRemaining(
        property -> properties.set(property.getKey(), property.getValue()));
    next.path("properties").fields().forEachRemaining(property -> properties.set(
        property.getKey(), merged(properties.get(property.getKey()), property.getValue(),
            depth + 1)));
    return keys;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode at = schema;
    for (int hops = 0; at.has("$ref") && hops < MAX_DEPTH; hops++) {
      at = root.at(at.get("$ref").asText().substring(1));
    }
    return at;
  }
}
