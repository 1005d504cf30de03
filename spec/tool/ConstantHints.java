import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Marks with {@code x-pinterest-constant} each required property that allows one value only (a
 * one-value {@code enum}, as a discriminator in a union's alternative is): the model presets it,
 * so {@code new PinMediaSourceImageURL().url(u)} is already a valid image_url source.
 */
final class ConstantHints {
  static int annotate(ObjectNode root) {
    int[] count = {0};
    PrepareSpec.eachObject(root, schema -> {
      JsonNode properties = schema.path("properties");
      if (!properties.isObject()) {
        return;
      }
      for (JsonNode required : schema.path("required")) {
        JsonNode property = properties.path(required.asText());
        if (property.isObject() && !property.has("$ref") && property.path("enum").size() == 1
            && !property.path("enum").get(0).isNull()) {
          ((ObjectNode) property).put("x-pinterest-constant", true);
          count[0]++;
        }
      }
    });
    return count[0];
  }

  private ConstantHints() {}
}
