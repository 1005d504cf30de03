import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives {@code x-pinterest-union-overrides} to each schema that is an alternative of two or
 * more {@code oneOf} unions: the union interfaces both offer {@code isX()}/{@code asX()} for
 * the alternatives they share, as default methods, and Java makes a class that inherits two of
 * them choose. The list names every alternative of those unions, and whether it is the schema
 * itself, so the model template writes the choice. Names are schema names, which are the Java
 * class names of schemas named in PascalCase (others are left out).
 */
final class UnionOverrideHints {
  static int annotate(ObjectNode root) {
    Map<String, Set<List<String>>> unionsOf = new TreeMap<>();
    PrepareSpec.eachObject(root, node -> {
      if (!node.has("oneOf") || node.path("x-pinterest-json-value").asBoolean()) {
        return;
      }
      List<String> alternatives = new ArrayList<>();
      for (JsonNode alternative : node.path("oneOf")) {
        String ref = alternative.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
          alternatives.add(ref.substring("#/components/schemas/".length()));
        }
      }
      for (String name : alternatives) {
        unionsOf.computeIfAbsent(name, n -> new HashSet<>()).add(alternatives);
      }
    });
    int count = 0;
    JsonNode schemas = root.path("components").path("schemas");
    for (Map.Entry<String, Set<List<String>>> entry : unionsOf.entrySet()) {
      JsonNode schema = schemas.path(entry.getKey());
      if (entry.getValue().size() < 2 || !schema.isObject()) {
        continue;
      }
      Set<String> names = new TreeSet<>();
      entry.getValue().forEach(names::addAll);
      ArrayNode list = ((ObjectNode) schema).putArray("x-pinterest-union-overrides");
      for (String name : names) {
        if (name.matches("[A-Z][A-Za-z0-9]*")) {
          list.addObject().put("name", name).put("self", name.equals(entry.getKey()));
        }
      }
      count++;
    }
    return count;
  }

  private UnionOverrideHints() {}
}
