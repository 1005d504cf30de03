package io.github.pinterestapi.v5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates JSON against a schema of the description with networknt's validator.
 *
 * <p>OpenAPI 3.0 schemas are draft-04 plus {@code nullable} and {@code discriminator}, which is
 * networknt's OpenAPI 3.0 dialect. The whole description is the schema document, with a root
 * {@code $ref} to the schema wanted, so every {@code #/components/schemas/...} inside resolves
 * (draft-04 ignores a {@code $ref}'s siblings, such as {@code paths}).
 */
public final class SchemaValidation {
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V4,
      builder -> builder.metaSchema(OpenApi30.getInstance())
          .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .nullableKeywordEnabled(true)
      .discriminatorKeywordEnabled(true)
      .formatAssertionsEnabled(true)
      .build();

  private static final AtomicInteger DOCUMENTS = new AtomicInteger();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidation() {}

  /** The validation messages for {@code instance} against the schema at a JSON pointer. */
  public static Set<String> errors(String schemaPointer, JsonNode instance) {
    JsonSchema schema = SCHEMAS.computeIfAbsent(schemaPointer, SchemaValidation::load);
    Set<String> errors = new TreeSet<>();
    for (ValidationMessage message : schema.validate(instance)) {
      errors.add(message.getMessage());
    }
    return errors;
  }

  private static JsonSchema load(String schemaPointer) {
    ObjectNode document = SpecFixtures.description().deepCopy();
    if (document.at(schemaPointer).isMissingNode()) {
      throw new IllegalArgumentException("no schema at " + schemaPointer);
    }
    document.put("$ref", "#" + schemaPointer);
    // One document IRI per pointer, so that no cache can hand back another pointer's root schema.
    return FACTORY.getSchema(SchemaLocation.of("https://description.invalid/"
        + DOCUMENTS.incrementAndGet() + "/pinterest-openapi.json"), document, CONFIG);
  }

  /** The pointer to a component schema. */
  public static String component(String name) {
    return SpecFixtures.pointer("components", "schemas", name);
  }

  /** The pointer to an operation's JSON request body schema. */
  public static String requestBody(String operationId) {
    JsonNode paths = SpecFixtures.description().path("paths");
    for (var path = paths.fields(); path.hasNext(); ) {
      var entry = path.next();
      for (var op = entry.getValue().fields(); op.hasNext(); ) {
        var method = op.next();
        if (operationId.equals(method.getValue().path("operationId").asText())) {
          return SpecFixtures.pointer("paths", entry.getKey(), method.getKey(), "requestBody",
              "content", "application/json", "schema");
        }
      }
    }
    throw new IllegalArgumentException("no operation " + operationId);
  }
}
