package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.v5.SpecExamples.Example;
import io.github.pinterestapi.v5.runtime.BothWays;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Decodes every example of the description into its generated type, encodes it again, and checks
 * that the result is equivalent to the example ({@link JsonEquivalence} defines equivalence); and
 * checks each example against its own schema with networknt's validator.
 *
 * <p>Examples that contradict their own schema are listed in {@link #KNOWN_BAD} (round trip) or
 * {@link #KNOWN_INVALID} (validation) with the reason, and right examples that the generated code
 * cannot round-trip in {@link #TEMPLATE_GAPS}. Each listed example must still fail, so that the
 * lists shrink when the description, {@code spec/corrections.yaml} or the templates are fixed.
 */
class SpecExamplesTest {
  /** Example name to why the description's example is wrong. */
  static final Map<String, String> KNOWN_BAD = Map.ofEntries(
      Map.entry("items_batch/get 405 examples.MethodNotAllowed", "the Error schema has"
          + " only code and message, but the example also has status, data and endpoint_name"));

  private static final String OPERATION_DROPPED = "AdvancedAuctionItemsSubmitRecord declares the"
      + " discriminator property operation next to its oneOf, and the alternatives do not repeat"
      + " it; the generated oneOf interface drops the parent's own properties, so operation is"
      + " lost on decoding and can never be sent in an AdvancedAuctionItemsSubmitRequest";

  /**
   * Examples that are right but that the generated code cannot round-trip: a gap in the
   * templates, not in the description. Reported to be fixed in the templates (or worked around
   * by a correction); each must still fail.
   */
  static final Map<String, String> TEMPLATE_GAPS = Map.of();

  private static final String NO_OFFSET = "the example date-time 2022-10-13T01:40:29 has no"
      + " offset, which RFC 3339 requires; Pinterest does send such values, and the runtime reads"
      + " them as UTC (BadInputTest), so this needs no correction";

  /** Examples that networknt finds invalid against their own schema, with the reason. */
  static final Map<String, String> KNOWN_INVALID = Map.of(
      "property CatalogsCreativeAssetsItemsBatch.completed_time", NO_OFFSET,
      "property CatalogsCreativeAssetsItemsBatch.created_time", NO_OFFSET,
      "property CatalogsHotelItemsBatch.completed_time", NO_OFFSET,
      "property CatalogsHotelItemsBatch.created_time", NO_OFFSET,
      "property CatalogsRetailItemsBatch.completed_time", NO_OFFSET,
      "property CatalogsRetailItemsBatch.created_time", NO_OFFSET);

  @TestFactory
  Stream<DynamicNode> everyExampleRoundTrips() {
    return Stream.of(
        group("response examples", SpecExamples.responseExamples()),
        group("schema examples", SpecExamples.schemaExamples()),
        group("property examples", SpecExamples.propertyExamples()));
  }

  /**
   * Independent of the generated code: each example is valid against its own schema by
   * networknt's validator. Most defects in {@link #KNOWN_BAD} are of kinds JSON Schema lets
   * through (undeclared properties, integers past int32), which is why the round trip is needed
   * to find them.
   */
  @TestFactory
  Stream<DynamicNode> everyExampleIsValidAgainstItsSchema() {
    return Stream.of(
        validity("response examples", SpecExamples.responseExamples()),
        validity("schema examples", SpecExamples.schemaExamples()),
        validity("property examples", SpecExamples.propertyExamples()));
  }

  private static DynamicContainer validity(String name, List<Example> examples) {
    return DynamicContainer.dynamicContainer(name + " (" + examples.size() + ")",
        examples.stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
          Set<String> errors = SchemaValidation.errors(example.schema(), example.value());
          String reason = KNOWN_INVALID.get(example.name());
          if (reason == null) {
            assertEquals(Set.of(), errors, example.name() + " against " + example.schema());
          } else {
            assertFalse(errors.isEmpty(), example.name() + " is now valid; remove it from"
                + " KNOWN_INVALID (" + reason + ")");
          }
        })));
  }

  @Test
  void knownBadExamplesStillExist() {
    Set<String> names = Stream.of(SpecExamples.responseExamples(), SpecExamples.schemaExamples(),
            SpecExamples.propertyExamples())
        .flatMap(List::stream).map(Example::name).collect(Collectors.toSet());
    Set<String> stale = new TreeSet<>(KNOWN_BAD.keySet());
    stale.addAll(TEMPLATE_GAPS.keySet());
    stale.addAll(KNOWN_INVALID.keySet());
    stale.removeAll(names);
    assertEquals(Set.of(), stale, "KNOWN_BAD names examples the description no longer has");
  }

  @Test
  void theDescriptionHasExamplesOfEachKind() {
    // Guards the walk itself: a wrong path into the description would find nothing and pass.
    assertTrue(SpecExamples.responseExamples().size() >= 200);
    assertTrue(SpecExamples.schemaExamples().size() >= 100);
    assertTrue(SpecExamples.propertyExamples().size() >= 500);
  }

  private static DynamicContainer group(String name, List<Example> examples) {
    return DynamicContainer.dynamicContainer(name + " (" + examples.size() + ")",
        examples.stream().map(SpecExamplesTest::test));
  }

  private static DynamicTest test(Example example) {
    String reason = KNOWN_BAD.getOrDefault(example.name(), TEMPLATE_GAPS.get(example.name()));
    if (reason != null) {
      return DynamicTest.dynamicTest("known bad: " + example.name(), () -> {
        String problem = problem(example);
        assertNotNull(problem, example.name() + " now round-trips; remove it from KNOWN_BAD ("
            + reason + ")");
      });
    }
    return DynamicTest.dynamicTest(example.name(), () -> {
      String problem = problem(example);
      if (problem != null) {
        fail(example.name() + " at " + example.pointer() + " as "
            + example.type().getTypeName() + ": " + problem);
      }
    });
  }

  /** Null when the example round-trips to an equivalent value, else what went wrong. */
  static String problem(Example example) throws IOException {
    JsonAdapter<Object> adapter = PinterestMoshi.get().adapter(example.type());
    String json = SpecFixtures.JSON.writeValueAsString(example.value());
    Object decoded;
    try {
      // Both ways a union can read its object, which must agree.
      decoded = BothWays.decode(adapter, json);
    } catch (com.squareup.moshi.JsonDataException | com.squareup.moshi.JsonEncodingException e) {
      return "does not decode: " + e.getMessage();
    }
    String encoded = adapter.toJson(decoded);
    JsonNode back = SpecFixtures.JSON.readTree(encoded);
    String difference = JsonEquivalence.difference(example.value(), back);
    return difference == null ? null : difference + "; re-encoded: " + clip(encoded);
  }

  private static String clip(String text) {
    return text.length() > 400 ? text.substring(0, 397) + "..." : text;
  }
}
