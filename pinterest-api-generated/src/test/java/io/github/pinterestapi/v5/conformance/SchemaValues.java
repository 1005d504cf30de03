package io.github.pinterestapi.v5.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pinterestapi.v5.SchemaValidation;
import io.github.pinterestapi.v5.SpecFixtures;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a valid request value for a schema of the description, the way a user fills a form: the
 * schema's own example when it has one that fits, otherwise a plain value of the right type,
 * format, length and range. {@code full} also fills every optional property; the seeded random
 * only chooses among a union's alternatives and an enum's values, so a seed repeats its run.
 */
final class SchemaValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] PATTERN_CANDIDATES = {"1234567890", "549755885175", "abc",
      "ABC123", "AB", "US", "en-US", "https://www.example.com", "2024-01-15", "#FFFFFF", "a1"};

  private final Random random;
  private final boolean full;

  SchemaValues(long seed, boolean full) {
    this.random = new Random(seed);
    this.full = full;
  }

  JsonNode value(JsonNode schema) {
    return value(schema, 0, Set.of());
  }

  private JsonNode value(JsonNode schema, int depth) {
    return value(schema, depth, Set.of());
  }

  /** {@code required}: names an enclosing allOf or union requires of this object. */
  private JsonNode value(JsonNode schema, int depth, Set<String> required) {
    Set<String> allRequired = new HashSet<>(required);
    // Upstream puts "required" beside a $ref to pick which properties an alternative needs.
    schema.path("required").forEach(name -> allRequired.add(name.asText()));
    String component = SpecFixtures.refName(schema);
    schema = SpecFixtures.resolve(schema);
    schema.path("required").forEach(name -> allRequired.add(name.asText()));
    if (schema.has("allOf")) {
      return allOf(schema, depth, allRequired);
    }
    JsonNode union = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
    if (union != null && union.size() > 0) {
      return component != null && schema.has("oneOf")
          ? validAlternative(component, schema, union, depth, allRequired)
          : alternative(schema, union, depth, allRequired, random.nextInt(union.size()));
    }
    JsonNode enumeration = schema.path("enum");
    if (enumeration.size() > 0) {
      JsonNode chosen;
      do {
        chosen = enumeration.get(random.nextInt(enumeration.size()));
      } while (chosen.isNull() && enumeration.size() > 1);
      return chosen;
    }
    String type = schema.path("type").asText("");
    if (type.isEmpty()) {
      type = schema.has("properties") || schema.has("additionalProperties") ? "object" : "string";
    }
    switch (type) {
      case "string":
        return NODES.textNode(string(schema));
      case "integer":
        return NODES.numberNode(integer(schema));
      case "number":
        return NODES.numberNode(integer(schema));
      case "boolean":
        return schema.path("example").isBoolean() ? schema.get("example") : NODES.booleanNode(true);
      case "array":
        return array(schema, depth);
      default:
        return object(schema, depth, allRequired);
    }
  }

  private JsonNode allOf(JsonNode schema, int depth, Set<String> required) {
    Set<String> allRequired = new HashSet<>(required);
    for (JsonNode part : schema.get("allOf")) {
      SpecFixtures.resolve(part).path("required").forEach(name -> allRequired.add(name.asText()));
    }
    ObjectNode merged = NODES.objectNode();
    JsonNode single = null;
    for (JsonNode part : schema.get("allOf")) {
      if (!describesAValue(SpecFixtures.resolve(part))) {
        continue;  // a part that only adds a default or a description
      }
      JsonNode value = value(part, depth + 1, allRequired);
      if (value.isObject()) {
        merged.setAll((ObjectNode) value);
      } else if (single == null) {
        single = value;
      }
    }
    if (schema.has("properties")) {
      merged.setAll((ObjectNode) object(schema, depth, allRequired));
    }
    return single != null && merged.isEmpty() ? single : merged;
  }

  private static boolean describesAValue(JsonNode schema) {
    for (String keyword : new String[] {"type", "enum", "properties", "allOf", "oneOf", "anyOf",
        "items", "additionalProperties", "format", "pattern"}) {
      if (schema.has(keyword)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Upstream's oneOf alternatives can overlap (a DELETE record is also a valid UPSERT one), and
   * then "exactly one" fails; like a user reading the validator's answer, try the next one.
   */
  private JsonNode validAlternative(String component, JsonNode schema, JsonNode union, int depth,
      Set<String> required) {
    int start = random.nextInt(union.size());
    JsonNode value = null;
    for (int i = 0; i < union.size(); i++) {
      value = alternative(schema, union, depth, required, (start + i) % union.size());
      if (SchemaValidation.errors(SchemaValidation.component(component), value).isEmpty()) {
        return value;
      }
    }
    return value;
  }

  private JsonNode alternative(JsonNode schema, JsonNode union, int depth, Set<String> required,
      int index) {
    JsonNode chosen = union.get(index);
    JsonNode value = value(chosen, depth + 1, required);
    // oneOf means exactly one: a value that another alternative's enum also lists (upstream's
    // metric types overlap) matches two, so take a value only the chosen alternative has.
    for (int tries = 0; tries < 20 && schema.has("oneOf") && inOtherEnum(union, index, value);
        tries++) {
      value = value(chosen, depth + 1, required);
    }
    JsonNode discriminator = schema.path("discriminator");
    if (value.isObject() && discriminator.has("propertyName")) {
      String ref = chosen.path("$ref").asText();
      for (Iterator<Map.Entry<String, JsonNode>> it = discriminator.path("mapping").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> label = it.next();
        if (label.getValue().asText().equals(ref)) {
          ((ObjectNode) value).put(discriminator.get("propertyName").asText(), label.getKey());
        }
      }
    }
    if (value.isObject() && schema.has("properties")) {
      ObjectNode target = (ObjectNode) value;
      object(schema, depth, required).fields().forEachRemaining(f -> {
        if (!target.has(f.getKey())) {
          target.set(f.getKey(), f.getValue());
        }
      });
    }
    return value;
  }

  private static boolean inOtherEnum(JsonNode union, int chosen, JsonNode value) {
    for (int i = 0; i < union.size(); i++) {
      for (JsonNode allowed : SpecFixtures.resolve(union.get(i)).path("enum")) {
        if (i != chosen && allowed.equals(value)) {
          return true;
        }
      }
    }
    return false;
  }

  private JsonNode object(JsonNode schema, int depth, Set<String> required) {
    ObjectNode object = NODES.objectNode();
    JsonNode additional = schema.path("additionalProperties");
    for (int i = 0; i < schema.path("minProperties").asInt(0) && additional.isObject(); i++) {
      object.set("key" + i, value(additional, depth + 1));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      boolean isRequired = required.contains(property.getKey());
      JsonNode propertySchema = SpecFixtures.resolve(property.getValue());
      boolean readOnly = property.getValue().path("readOnly").asBoolean()
          || propertySchema.path("readOnly").asBoolean();
      if (isRequired || (full && !readOnly && depth < 6)) {
        object.set(property.getKey(), value(property.getValue(), depth + 1));
      }
    }
    return object;
  }

  private JsonNode array(JsonNode schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    int count = Math.max(1, schema.path("minItems").asInt(1));
    if (schema.has("maxItems")) {
      count = Math.min(count, schema.get("maxItems").asInt());
    }
    JsonNode example = schema.path("example");
    for (int i = 0; i < count; i++) {
      JsonNode items = schema.path("items");
      if (example.isArray() && example.size() > i && fits(items, example.get(i))) {
        array.add(example.get(i));
      } else {
        array.add(value(items, depth + 1));
      }
    }
    return array;
  }

  private boolean fits(JsonNode schema, JsonNode value) {
    JsonNode resolved = SpecFixtures.resolve(schema);
    if (resolved.path("enum").size() > 0) {
      for (JsonNode allowed : resolved.get("enum")) {
        if (allowed.equals(value)) {
          return true;
        }
      }
      return false;
    }
    return value.isTextual() && "string".equals(resolved.path("type").asText())
        && resolved.path("format").asText("").isEmpty() && matches(resolved, value.asText());
  }

  private String string(JsonNode schema) {
    JsonNode example = schema.path("example");
    if (example.isTextual() && matches(schema, example.asText())) {
      return example.asText();
    }
    switch (schema.path("format").asText("")) {
      case "date":
        return "2024-01-15";
      case "date-time":
        return "2024-01-15T10:00:00Z";
      case "email":
        return "user@example.com";
      case "uri":
      case "url":
        return "https://www.example.com/a";
      default:
        break;
    }
    for (String candidate : PATTERN_CANDIDATES) {
      if (matches(schema, candidate)) {
        return candidate;
      }
    }
    int length = Math.max(1, schema.path("minLength").asInt(1));
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append('a');
    }
    return text.toString();
  }

  private static boolean matches(JsonNode schema, String text) {
    if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
      return false;
    }
    if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
      return false;
    }
    String pattern = schema.path("pattern").asText("");
    return pattern.isEmpty() || Pattern.compile(pattern).matcher(text).find();
  }

  private long integer(JsonNode schema) {
    JsonNode example = schema.path("example");
    long value = example.canConvertToLong() ? example.asLong() : 1;
    boolean exclusiveMin = schema.path("exclusiveMinimum").asBoolean();
    boolean exclusiveMax = schema.path("exclusiveMaximum").asBoolean();
    if (schema.has("minimum") && (value < schema.get("minimum").asDouble()
        || exclusiveMin && value == schema.get("minimum").asDouble())) {
      value = (long) Math.floor(schema.get("minimum").asDouble()) + 1;
    }
    if (schema.has("maximum") && (value > schema.get("maximum").asDouble()
        || exclusiveMax && value == schema.get("maximum").asDouble())) {
      value = (long) Math.ceil(schema.get("maximum").asDouble()) - 1;
    }
    return value;
  }
}
