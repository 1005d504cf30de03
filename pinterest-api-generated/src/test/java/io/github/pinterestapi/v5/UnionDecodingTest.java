package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.pinterestapi.v5.model.CatalogsHotelProductGroupCreateRequest;
import io.github.pinterestapi.v5.model.CatalogsHotelProductGroupFiltersAnyOf;
import io.github.pinterestapi.v5.model.CatalogsProduct;
import io.github.pinterestapi.v5.model.PinMedia;
import io.github.pinterestapi.v5.model.PinMediaSource;
import io.github.pinterestapi.v5.model.PinMediaWithImage;
import io.github.pinterestapi.v5.model.PinMediaWithVideo;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import io.github.pinterestapi.v5.model.CatalogsProductGroupFilterKeys;
import io.github.pinterestapi.v5.model.CatalogsProductGroupUint32Criteria;
import io.github.pinterestapi.v5.model.CatalogsRetailItemErrorResponse;
import io.github.pinterestapi.v5.model.CatalogsRetailItemResponse;
import io.github.pinterestapi.v5.model.CatalogsRetailProduct;
import io.github.pinterestapi.v5.model.CatalogsVerticalProductGroupCreateRequest;
import io.github.pinterestapi.v5.model.HotelIdFilter;
import io.github.pinterestapi.v5.model.CustomNumber0Filter;
import io.github.pinterestapi.v5.model.ItemResponse;
import io.github.pinterestapi.v5.TallyModels.Counted;
import io.github.pinterestapi.v5.TallyModels.Tally;
import io.github.pinterestapi.v5.TallyModels.Worded;
import io.github.pinterestapi.v5.runtime.BothWays;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import org.junit.jupiter.api.Test;

/**
 * How unions choose their alternative: through any adapter wrapper, with no loss, and alike
 * whether they copy their object or read it in place ({@link BothWays}).
 */
class UnionDecodingTest {
  private final JsonAdapter<ItemResponse> items = PinterestMoshi.get().adapter(ItemResponse.class);

  @Test
  void anErrorItemInsideANestedUnionKeepsItsErrors() throws Exception {
    // ItemResponse is a union of two unions (success items, error items); the nested unions'
    // adapters are wrapped in nullSafe(), which once hid their properties from the scoring.
    String json = "{\"catalog_type\":\"RETAIL\",\"item_id\":\"DS-1\",\"errors\":[{\"attribute\":"
        + "\"title\",\"code\":3,\"message\":\"missing\"}]}";
    ItemResponse item = BothWays.decode(items, json);
    CatalogsRetailItemErrorResponse error = assertInstanceOf(CatalogsRetailItemErrorResponse.class,
        item);
    assertEquals(1, error.getErrors().size());
    assertEquals(item, BothWays.decode(items, items.toJson(item)));
  }

  @Test
  void aSuccessItemStaysASuccess() throws Exception {
    ItemResponse item =
        BothWays.decode(items, "{\"catalog_type\":\"RETAIL\",\"item_id\":\"DS-1\"}");
    assertInstanceOf(CatalogsRetailItemResponse.class, item);
  }

  @Test
  void aUint32PastInt32DecodesExactlyInsideAUnion() throws Exception {
    JsonAdapter<CatalogsProductGroupFilterKeys> keys =
        PinterestMoshi.get().adapter(CatalogsProductGroupFilterKeys.class);
    CatalogsProductGroupFilterKeys filter = BothWays.decode(keys,
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
    assertThrows(JsonDataException.class, () -> BothWays.decode(keys,
        "{\"CUSTOM_NUMBER_0\":{\"operator\":\"LESS_THAN\",\"value\":92233720368547758070}}"));
  }

  @Test
  void nestedKeysOutvoteALabelThatWouldDropThem() throws Exception {
    // All three verticals have the same top-level keys; only the retail one holds this metadata.
    JsonAdapter<CatalogsProduct> products = PinterestMoshi.get().adapter(CatalogsProduct.class);
    String json = "{\"catalog_type\":\"HOTEL\",\"metadata\":{\"availability\":\"IN_STOCK\","
        + "\"currency\":\"USD\",\"item_group_id\":\"g1\",\"item_id\":\"i1\",\"price\":1.5,"
        + "\"sale_price\":1.25},\"pin\":{\"id\":\"813744226420795884\"}}";
    CatalogsProduct product = BothWays.decode(products, json);
    CatalogsRetailProduct retail = assertInstanceOf(CatalogsRetailProduct.class, product);
    assertEquals("i1", retail.getMetadata().getItemId());
    assertEquals(product, BothWays.decode(products, products.toJson(product)));
  }

  @Test
  void aPinsMediaFollowsItsLabelUnlessTheLabelWouldDropAKey() throws Exception {
    // The label's alternative is tried first on a look-ahead reader; one skipped key sends the
    // object to the full judgement, where the alternative that keeps it wins.
    JsonAdapter<PinMedia> media = PinterestMoshi.get().adapter(PinMedia.class);
    String image = "{\"media_type\":\"image\",\"images\":{\"150x150\":{\"width\":150,"
        + "\"height\":150,\"url\":\"https://i.pinimg.com/150x150/a.jpg\"}}}";
    PinMedia plain = BothWays.decode(media, image);
    assertEquals(Integer.valueOf(150),
        assertInstanceOf(PinMediaWithImage.class, plain).getImages().get150x150().getWidth());
    String withCover = image.replace("{\"media_type\"",
        "{\"cover_image_url\":\"https://i.pinimg.com/c.jpg\",\"media_type\"");
    PinMedia kept = BothWays.decode(media, withCover);
    assertEquals("https://i.pinimg.com/c.jpg",
        assertInstanceOf(PinMediaWithVideo.class, kept).getCoverImageUrl());
    assertEquals(kept, BothWays.decode(media, media.toJson(kept)));
  }

  @Test
  void aUnionThatFailsNamesWhereItIs() {
    // The union reads a copy of its object; its errors still name the object's own place.
    JsonAdapter<java.util.List<PinMedia>> media = PinterestMoshi.get().adapter(
        com.squareup.moshi.Types.newParameterizedType(java.util.List.class, PinMedia.class));
    JsonDataException error = assertThrows(JsonDataException.class, () -> BothWays.decode(media,
        "[{\"media_type\":\"image\",\"images\":{}},{\"media_type\":[5]}]"));
    assertTrue(error.getMessage().contains("at $[1] "), error.getMessage());
  }

  @Test
  void aLabelWhoseNestedKeysFitStillDecides() throws Exception {
    JsonAdapter<CatalogsProduct> products = PinterestMoshi.get().adapter(CatalogsProduct.class);
    CatalogsProduct product = BothWays.decode(products, "{\"catalog_type\":\"HOTEL\",\"metadata\":"
        + "{\"hotel_id\":\"h1\"},\"pin\":{\"id\":\"1\"}}");
    assertInstanceOf(io.github.pinterestapi.v5.model.CatalogsHotelProduct.class, product);
  }

  @Test
  void aNestedUnionInsideAnAlternativeIsJudgedToo() throws Exception {
    // The filter key HOTEL_ID exists only in the hotel vertical's filter-key union, two levels
    // down (filters -> any_of[] -> a union of filters); the label names another vertical.
    JsonAdapter<CatalogsVerticalProductGroupCreateRequest> requests =
        PinterestMoshi.get().adapter(CatalogsVerticalProductGroupCreateRequest.class);
    String json = "{\"catalog_id\":\"1\",\"catalog_type\":\"CREATIVE_ASSETS\",\"name\":\"n\","
        + "\"filters\":{\"any_of\":[{\"HOTEL_ID\":{\"values\":[\"h1\"]}}]}}";
    CatalogsVerticalProductGroupCreateRequest request = BothWays.decode(requests, json);
    CatalogsHotelProductGroupCreateRequest hotel =
        assertInstanceOf(CatalogsHotelProductGroupCreateRequest.class, request);
    CatalogsHotelProductGroupFiltersAnyOf anyOf =
        hotel.getFilters().as(CatalogsHotelProductGroupFiltersAnyOf.class);
    HotelIdFilter filter = anyOf.getAnyOf().get(0).as(HotelIdFilter.class);
    assertEquals(java.util.Arrays.asList("h1"), filter.getHOTELID().getValues());
    assertEquals(request, BothWays.decode(requests, requests.toJson(request)));
  }

  @Test
  void whenTheBestAlternativeFailsToDecodeTheNextThatKeepsEveryKeyIsTried() throws Exception {
    // The label names Counted, which holds every key but cannot read "many" as a number.
    JsonAdapter<Tally> tallies = TallyModels.moshi().adapter(Tally.class);
    Tally tally = BothWays.decode(tallies, "{\"kind\":\"COUNTED\",\"value\":\"many\"}");
    assertEquals("many", assertInstanceOf(Worded.class, tally).value);
  }

  @Test
  void theLabelDecidesAmongAlternativesThatKeepEveryKey() throws Exception {
    // Both alternatives keep every key; the labelled one's nested object lacks a required key.
    // That is an invalid COUNTED (for the server to refuse), not a WORDED.
    JsonAdapter<Tally> tallies = TallyModels.moshi().adapter(Tally.class);
    String json = "{\"kind\":\"COUNTED\",\"value\":1,\"detail\":{\"x\":1}}";
    Tally tally = BothWays.decode(tallies, json);
    assertEquals(1L, assertInstanceOf(Counted.class, tally).value);
    assertEquals(json, tallies.toJson(tally));
  }

  @Test
  void aLabelledMediaSourceMissingItsUrlStaysThatMediaSource() throws Exception {
    // A bulk import row with no image sends this; the fake (and Pinterest) must see an image_url
    // source without its url, and refuse it, not some other source that happens to be complete.
    JsonAdapter<PinMediaSource> sources = PinterestMoshi.get().adapter(PinMediaSource.class);
    PinMediaSource source = BothWays.decode(sources, "{\"source_type\":\"image_url\"}");
    assertInstanceOf(PinMediaSourceImageURL.class, source);
  }
}
