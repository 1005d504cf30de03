package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.pinterestapi.v5.model.BoardOwner;
import io.github.pinterestapi.v5.model.BoardsList200Response;
import io.github.pinterestapi.v5.model.ConversionAttributionWindowDays;
import io.github.pinterestapi.v5.model.CreativeType;
import io.github.pinterestapi.v5.model.ModelJsonAdapters;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinMediaWithImage;
import io.github.pinterestapi.v5.runtime.GeneratedAdapters;
import io.github.pinterestapi.v5.runtime.ModelJsonAdapter;
import io.github.pinterestapi.v5.runtime.PinterestJsonAdapters;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the generated adapters add: no reflection, interned enums and keys, Pinterest's dates. */
class GeneratedAdaptersTest {
  private final JsonAdapter<Pin> pins = PinterestMoshi.get().adapter(Pin.class);

  @Test
  void everyModelHasAGeneratedAdapterWithItsPropertyNames() {
    JsonAdapter<Pin> adapter = PinterestMoshi.get().adapter(Pin.class);
    ModelJsonAdapter<?> generated = assertInstanceOf(ModelJsonAdapter.class, adapter);
    assertTrue(generated.propertyNames().containsAll(Set.of("id", "created_at", "pin_metrics")));
  }

  @Test
  void withoutTheGeneratedAdaptersAModelIsAClearErrorNotReflection() {
    Moshi bare = new Moshi.Builder().add(new PinterestJsonAdapters()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> bare.adapter(Pin.class));
    assertTrue(e.getMessage().contains("GeneratedAdapters"), e.getMessage());

    // The table of every type alone serves models without unions or dates.
    Moshi ours = new Moshi.Builder().add(ModelJsonAdapters.all()).build();
    assertInstanceOf(ModelJsonAdapter.class, ours.adapter(BoardOwner.class));
  }

  @Test
  void aRegisteredModelBringsTheAdaptersOfEverythingItHolds() throws IOException {
    // What the services do: name the response type's adapter, and nothing else. Its properties'
    // types (the media union, its alternatives, their images) come through the references the
    // generated adapters make, not through a table of every type.
    Moshi onDemand = PinterestMoshi.newBuilder(new GeneratedAdapters()).build();
    assertThrows(IllegalArgumentException.class,
        () -> onDemand.adapter(BoardsList200Response.class), "nobody registered it");

    GeneratedAdapters.register(Pin.class, ModelJsonAdapters::ofPin);
    Pin pin = onDemand.adapter(Pin.class).fromJson("{\"id\":\"1\",\"board_owner\":"
        + "{\"username\":\"u\"},\"creative_type\":\"VIDEO\",\"media\":{\"media_type\":"
        + "\"image\",\"images\":{\"150x150\":{\"url\":\"https://i.pinimg.com/a.jpg\"}}}}");
    assertEquals("u", pin.getBoardOwner().getUsername());
    assertSame(CreativeType.VIDEO, pin.getCreativeType());
    PinMediaWithImage media = assertInstanceOf(PinMediaWithImage.class, pin.getMedia());
    assertEquals("https://i.pinimg.com/a.jpg", media.getImages().get150x150().getUrl());
  }

  @Test
  void pinterestDateTimeShapesParseByPosition() throws IOException {
    assertEquals(OffsetDateTime.of(2022, 10, 13, 1, 40, 29, 0, ZoneOffset.UTC),
        createdAt("2022-10-13T01:40:29"));
    assertEquals(OffsetDateTime.of(2022, 10, 13, 1, 40, 29, 120_000_000, ZoneOffset.UTC),
        createdAt("2022-10-13T01:40:29.12"));
    assertEquals(OffsetDateTime.of(2022, 10, 13, 1, 40, 29, 0, ZoneOffset.UTC),
        createdAt("2022-10-13 01:40:29Z"));
    assertEquals(OffsetDateTime.of(2022, 10, 13, 1, 40, 29, 0, ZoneOffset.ofHoursMinutes(-5, -30)),
        createdAt("2022-10-13T01:40:29-05:30"));
    // Shapes of ISO-8601 beyond Pinterest's still parse, through java.time.
    assertEquals(OffsetDateTime.of(2022, 10, 13, 1, 40, 0, 0, ZoneOffset.UTC),
        createdAt("2022-10-13T01:40"));
    assertEquals(OffsetDateTime.of(2022, 10, 13, 0, 0, 0, 0, ZoneOffset.UTC),
        createdAt("2022-10-13"));
  }

  @Test
  void aDateTimeOutOfRangeIsADataErrorWithItsPath() {
    for (String bad : new String[] {"2022-13-01T00:00:00", "2022-10-13T25:00:00",
        "2022-10-13T01:40:29+5", "2022-1x-13T01:40:29", "2022-10-13T01:40:29.x"}) {
      JsonDataException e = assertThrows(JsonDataException.class, () -> createdAt(bad), bad);
      assertTrue(e.getMessage().contains("$.created_at"), e.getMessage());
      assertTrue(e.getMessage().contains("Pin.created_at"), e.getMessage());
    }
  }

  @Test
  void knownEnumValuesAreTheConstantsAndUnknownOnesKeepTheirValue() throws IOException {
    Pin known = pins.fromJson("{\"creative_type\":\"VIDEO\"}");
    assertSame(CreativeType.VIDEO, known.getCreativeType());

    Pin unknown = pins.fromJson("{\"creative_type\":\"HOLOGRAM\"}");
    assertFalse(unknown.getCreativeType().isKnown());
    assertEquals("HOLOGRAM", unknown.getCreativeType().value());
    assertEquals("{\"creative_type\":\"HOLOGRAM\"}", pins.toJson(unknown));

    JsonAdapter<ConversionAttributionWindowDays> days =
        PinterestMoshi.get().adapter(ConversionAttributionWindowDays.class);
    assertSame(days.fromJson("7"), days.fromJson("7"));
    assertEquals(Integer.valueOf(5), days.fromJson("5").value());
    assertEquals("5", days.toJson(days.fromJson("5")));
  }

  @Test
  void freeFormObjectsShareOneStringPerKnownKey() throws IOException {
    String metrics = "{\"pin_metrics\":{\"90d\":{\"pin_click\":7,\"impression\":2},"
        + "\"lifetime_metrics\":{\"pin_click\":7,\"comment\":[1,\"a\",null,true]}}}";
    Pin first = pins.fromJson(metrics);
    Pin second = pins.fromJson(metrics);

    Map<?, ?> a = (Map<?, ?>) first.getPinMetrics();
    Map<?, ?> b = (Map<?, ?>) second.getPinMetrics();
    assertEquals(a, b);
    assertEquals(7L, ((Map<?, ?>) a.get("90d")).get("pin_click"));
    assertSame(key(a, "lifetime_metrics"), key(b, "lifetime_metrics"));
    assertSame(key((Map<?, ?>) a.get("90d"), "pin_click"),
        key((Map<?, ?>) b.get("lifetime_metrics"), "pin_click"));
    // Scalars are read as any free-form value is: exact, nulls kept.
    assertEquals(metrics, pins.toJson(second));

    assertThrows(JsonDataException.class,
        () -> pins.fromJson("{\"pin_metrics\":{\"a\":1,\"a\":2}}"));
  }

  private OffsetDateTime createdAt(String text) throws IOException {
    return pins.fromJson("{\"created_at\":\"" + text + "\"}").getCreatedAt();
  }

  private static Object key(Map<?, ?> map, String name) {
    for (Object key : map.keySet()) {
      if (key.equals(name)) {
        return key;
      }
    }
    throw new AssertionError(name + " not in " + map);
  }
}
