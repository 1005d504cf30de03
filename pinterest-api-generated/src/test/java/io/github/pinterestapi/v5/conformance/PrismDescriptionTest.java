package io.github.pinterestapi.v5.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismDescriptionTest {
  private static final String DESCRIPTION = String.join("\n",
      "paths:",
      "  /stats:",
      "    get:",
      "      parameters:",
      "        - name: parameters",
      "          in: query",
      "          style: deepObject",
      "          schema:",
      "            type: object",
      "            properties: {kind: {type: string}}",
      "            oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]",
      "components:",
      "  schemas:",
      "    A:",
      "      type: object",
      "      additionalProperties: false",
      "      required: [kind, report]",
      "      properties:",
      "        kind: {type: string, enum: [A]}",
      "        report: {type: object, properties: {feed_id: {type: string}}}",
      "    B:",
      "      type: object",
      "      properties:",
      "        kind: {type: string, enum: [B]}",
      "        report: {type: object, properties: {catalog_id: {type: string}}}",
      "");

  @Test
  void deepObjectParametersListTheirAlternativesKeysAndSharedSchemasStayAsTheyAre(
      @TempDir Path dir) throws Exception {
    Path upstream = Files.write(dir.resolve("openapi.yaml"),
        DESCRIPTION.getBytes(StandardCharsets.UTF_8));
    JsonNode served = new ObjectMapper().readTree(
        PrismDescription.write(upstream, dir.resolve("prism.json")).toFile());

    JsonNode schema = served.at("/paths/~1stats/get/parameters/0/schema");
    assertEquals(Set.of("catalog_id", "feed_id"), names(schema.at("/properties/report/properties")),
        "report lists the keys of both alternatives' reports");
    assertTrue(schema.has("oneOf"), "the alternatives still decide what is valid");
    assertEquals("[\"kind\",\"report\"]", schema.at("/oneOf/0/required").toString());
    assertEquals("A", schema.at("/oneOf/0/properties/kind/enum/0").asText());
    assertFalse(schema.at("/oneOf/0").has("additionalProperties"));
    assertFalse(served.at("/components/schemas/A/additionalProperties").asBoolean(true),
        "the shared schema keeps additionalProperties: false");
    assertFalse(served.at("/components/schemas/A/properties").has("catalog_id"));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
