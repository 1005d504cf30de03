package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.squareup.moshi.Types;
import io.github.pinterestapi.v5.runtime.CommaSeparated;
import io.github.pinterestapi.v5.runtime.Page;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import retrofit2.http.Query;

/** Nothing in the description is left without generated code. */
class GeneratedCoverageTest {
  /**
   * Components the generator leaves without a class though the rules below say they need one.
   * Each is a generator defect to fix; the test fails when the list is out of date.
   */
  static final Map<String, String> MISSING_CLASSES = Map.of(
      "CatalogsHotelFeedsUpdateRequest", "identical to CatalogsCreativeAssetsFeedsUpdateRequest;"
          + " the generator emits one class for both, so CatalogsVerticalFeedsUpdateRequest maps"
          + " the label HOTEL to CatalogsCreativeAssetsFeedsUpdateRequest");

  @Test
  void thereIsOneMethodPerOperation() {
    // 231 at 5.23.0; counted from the description so other versions build unchanged.
    assertFalse(SpecFixtures.describedOperations().isEmpty());
    assertEquals(SpecFixtures.describedOperations().size(), SpecFixtures.apiMethods().size());
  }

  @Test
  void everyComponentHasAClassOrIsAnAlias() {
    Set<String> formOnly = usedOnlyInForms();
    Map<String, String> missing = new TreeMap<>();
    int classes = 0;
    int aliases = 0;
    for (var it = SpecFixtures.schemas().fields(); it.hasNext(); ) {
      var component = it.next();
      String name = component.getKey();
      String alias = aliasKind(component.getValue());
      if (SpecFixtures.modelClass(name).isPresent()) {
        classes++;
      } else if (alias != null || formOnly.contains(name)) {
        aliases++;
      } else {
        missing.put(name, MISSING_CLASSES.getOrDefault(name, "no class and not an alias"));
      }
    }
    assertEquals(new TreeMap<>(MISSING_CLASSES), missing);
    assertEquals(SpecFixtures.schemas().size(), classes + aliases + missing.size());
    assertTrue(classes > 600, "only " + classes + " classes found");
  }

  /**
   * Why a component needs no class of its own: an array ({@code List}), a primitive without an
   * enum (String, Integer, ...), or an object with no named properties and no composition
   * ({@code Map}). Null when none applies.
   */
  static String aliasKind(JsonNode schema) {
    if (schema.has("oneOf") || schema.has("anyOf") || schema.has("allOf")) {
      return null;
    }
    String type = schema.path("type").asText("object");
    switch (type) {
      case "array":
        return "list";
      case "string":
      case "integer":
      case "number":
      case "boolean":
        return schema.has("enum") ? null : "primitive";
      default:
        return schema.path("properties").size() == 0 ? "map" : null;
    }
  }

  /** Components referenced only from form bodies, whose properties become method parameters. */
  private static Set<String> usedOnlyInForms() {
    ObjectNode withoutForms = SpecFixtures.description().deepCopy();
    Set<String> inForms = new TreeSet<>();
    withoutForms.path("paths").forEach(path -> path.forEach(op -> {
      JsonNode content = op.path("requestBody").path("content");
      JsonNode form = content.path("application/x-www-form-urlencoded");
      if (!form.isMissingNode()) {
        String name = SpecFixtures.refName(form.path("schema"));
        if (name != null) {
          inForms.add(name);
        }
        ((ObjectNode) content).remove("application/x-www-form-urlencoded");
      }
    }));
    String rest = withoutForms.toString();
    inForms.removeIf(name -> rest.contains("\"#/components/schemas/" + name + "\""));
    return inForms;
  }

  @Test
  void everyBookmarkPaginatedOperationReturnsAPage() {
    List<String> notPages = new ArrayList<>();
    int paginated = 0;
    for (var entry : SpecFixtures.describedOperations().entrySet()) {
      if (queryParameters(entry.getValue()).containsKey("bookmark")) {
        paginated++;
        Method method = SpecFixtures.operation(entry.getKey()).orElseThrow();
        Class<?> returned = Types.getRawType(SpecFixtures.responseType(method));
        if (!Page.class.isAssignableFrom(returned)) {
          notPages.add(entry.getKey() + " returns " + returned.getSimpleName());
        }
      }
    }
    assertEquals(List.of(), notPages);
    assertEquals(56, paginated);
  }

  @Test
  void arrayQueryParametersRepeatOrJoinAsDescribed() {
    List<String> wrong = new ArrayList<>();
    int arrays = 0;
    for (var entry : SpecFixtures.describedOperations().entrySet()) {
      Method method = SpecFixtures.operation(entry.getKey()).orElseThrow();
      for (var parameter : queryParameters(entry.getValue()).entrySet()) {
        JsonNode described = parameter.getValue();
        if (!"array".equals(SpecFixtures.resolve(described.path("schema")).path("type").asText())) {
          continue;
        }
        arrays++;
        boolean joined = !described.path("explode").asBoolean(true);
        Class<?> expected = joined ? CommaSeparated.class : List.class;
        Class<?> actual = queryParameterType(method, parameter.getKey());
        if (actual != expected) {
          wrong.add(entry.getKey() + " " + parameter.getKey() + ": " + actual);
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(arrays > 50, "only " + arrays + " array query parameters found");
  }

  /** An operation's query parameters by name, with component references resolved. */
  private static Map<String, JsonNode> queryParameters(JsonNode operation) {
    Map<String, JsonNode> result = new TreeMap<>();
    for (JsonNode parameter : operation.path("parameters")) {
      String ref = parameter.path("$ref").asText("");
      JsonNode resolved = ref.isEmpty() ? parameter
          : SpecFixtures.description().at(ref.substring(1));
      if ("query".equals(resolved.path("in").asText())) {
        result.put(resolved.path("name").asText(), resolved);
      }
    }
    return result;
  }

  private static Class<?> queryParameterType(Method method, String name) {
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Query query && query.value().equals(name)) {
          return method.getParameterTypes()[i];
        }
      }
    }
    return null;
  }
}
