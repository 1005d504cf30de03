package io.github.pinterestapi.v5;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * Validates JSON against a schema of the description with networknt's validator.
 *
 * <p>OpenAPI 3.0 schemas are draft-04 plus {@code nullable} and {@code discriminator}, which is
 * networknt's OpenAPI 3.0 dialect. The whole description is the schema document and each schema
 * wanted is a subschema of it, so every {@code #/components/schemas/...} inside resolves.
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

  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
  private static JsonSchema document;

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

  /**
   * The schema at a pointer, as a subschema of the one description document: every pointer
   * shares the document's resolved {@code $ref}s, so each component's validators are built once
   * (a document per pointer rebuilt them all, and copied the whole description, each time).
   */
  private static synchronized JsonSchema load(String schemaPointer) {
    if (SpecFixtures.description().at(schemaPointer).isMissingNode()) {
      throw new IllegalArgumentException("no schema at " + schemaPointer);
    }
    return document().getSubSchema(SchemaLocation.Fragment.of(schemaPointer));
  }

  private static JsonSchema document() {
    if (document == null) {
      document = FACTORY.getSchema(SchemaLocation.of(
          "https://description.invalid/pinterest-openapi.json"), SpecFixtures.description(), CONFIG);
    }
    return document;
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
