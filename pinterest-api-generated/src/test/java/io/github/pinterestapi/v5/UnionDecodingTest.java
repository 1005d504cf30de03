package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.pinterestapi.v5.model.CatalogsProductGroupFilterKeys;
import io.github.pinterestapi.v5.model.CatalogsProductGroupUint32Criteria;
import io.github.pinterestapi.v5.model.CatalogsRetailItemErrorResponse;
import io.github.pinterestapi.v5.model.CatalogsRetailItemResponse;
import io.github.pinterestapi.v5.model.CustomNumber0Filter;
import io.github.pinterestapi.v5.model.ItemResponse;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import org.junit.jupiter.api.Test;

/** How unions choose their alternative: through any adapter wrapper, from the stream, no loss. */
class UnionDecodingTest {
  private final JsonAdapter<ItemResponse> items = PinterestMoshi.get().adapter(ItemResponse.class);

  @Test
  void anErrorItemInsideANestedUnionKeepsItsErrors() throws Exception {
    // ItemResponse is a union of two unions (success items, error items); the nested unions'
    // adapters are wrapped in nullSafe(), which once hid their properties from the scoring.
    String json = "{\"catalog_type\":\"RETAIL\",\"item_id\":\"DS-1\",\"errors\":[{\"attribute\":"
        + "\"title\",\"code\":3,\"message\":\"missing\"}]}";
    ItemResponse item = items.fromJson(json);
    CatalogsRetailItemErrorResponse error = assertInstanceOf(CatalogsRetailItemErrorResponse.class,
        item);
    assertEquals(1, error.getErrors().size());
    assertEquals(item, items.fromJson(items.toJson(item)));
  }

  @Test
  void aSuccessItemStaysASuccess() throws Exception {
    ItemResponse item = items.fromJson("{\"catalog_type\":\"RETAIL\",\"item_id\":\"DS-1\"}");
    assertInstanceOf(CatalogsRetailItemResponse.class, item);
  }

  @Test
  void aUint32PastInt32DecodesExactlyInsideAUnion() throws Exception {
    JsonAdapter<CatalogsProductGroupFilterKeys> keys =
        PinterestMoshi.get().adapter(CatalogsProductGroupFilterKeys.class);
    CatalogsProductGroupFilterKeys filter = keys.fromJson(
        "{\"CUSTOM_NUMBER_0\":{\"operator\":\"LESS_THAN\",\"value\":3691553462}}");
    CatalogsProductGroupUint32Criteria criteria =
        filter.as(CustomNumber0Filter.class).getCUSTOMNUMBER0();
    assertEquals(3691553462L, criteria.getValue());
  }

  @Test
  void aNumberPastItsTypeFailsInsteadOfBeingClamped() {
    JsonAdapter<CatalogsProductGroupFilterKeys> keys =
        PinterestMoshi.get().adapter(CatalogsProductGroupFilterKeys.class);
    // Past uint32 and int64 alike: no alternative may read it, none may clamp it.
    assertThrows(JsonDataException.class, () -> keys.fromJson(
        "{\"CUSTOM_NUMBER_0\":{\"operator\":\"LESS_THAN\",\"value\":92233720368547758070}}"));
  }
}
