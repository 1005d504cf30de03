package io.github.pinterestapi.v5.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinMediaWithImage;
import io.github.pinterestapi.v5.model.PinMediaWithVideo;
import io.github.pinterestapi.v5.model.PinsList200Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A body held in memory lends its bytes to the unions in it ({@link LentBody}): each reads its
 * object where it lies, and the values are those a copy gives ({@link BothWays}).
 */
class LentBodyTest {
  private final JsonAdapter<PinsList200Response> pages =
      PinterestMoshi.get().adapter(PinsList200Response.class);

  @AfterEach
  void nothingStaysLent() {
    assertFalse(LentBody.lending());
  }

  private static String pin(String id, String media) {
    return "{\"id\":\"" + id + "\",\"title\":\"a } and a \\\" in text\",\"media\":" + media
        + ",\"pin_metrics\":{\"90d\":{\"pin_click\":7}}}";
  }

  private static final String IMAGE = "{\"media_type\":\"image\",\"images\":{\"150x150\":"
      + "{\"width\":150,\"height\":150,\"url\":\"https://i.pinimg.com/150x150/a.jpg\"}}}";
  // Spaces around the braces, the label last, and a nested object before it.
  private static final String VIDEO = "{ \"cover_image_url\" : \"https://i.pinimg.com/v.jpg\",\n"
      + "  \"duration\": 12.5, \"height\": 720, \"width\": 1280, \"media_type\" : \"video\" }";
  // A key no alternative knows: the full judgement runs, reading the object in place too.
  private static final String UNKNOWN_KEY = "{\"media_type\":\"image\",\"images\":{},\"new\":[{}]}";

  @Test
  void aPageReadInPlaceIsThePageACopyGives() throws IOException {
    String json = "{\"items\":[" + pin("1", IMAGE) + " , " + pin("2", VIDEO) + ",\n"
        + pin("3", UNKNOWN_KEY) + "," + pin("4", "null") + "],\"bookmark\":\"b\"}";
    PinsList200Response page = BothWays.decode(pages, json);
    assertEquals(4, page.getItems().size());
    assertInstanceOf(PinMediaWithImage.class, page.getItems().get(0).getMedia());
    assertInstanceOf(PinMediaWithVideo.class, page.getItems().get(1).getMedia());
    assertNull(page.getItems().get(3).getMedia());
    assertEquals("a } and a \" in text", page.getItems().get(1).getTitle());
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    byte[] json = ("\uFEFF" + pin("1", IMAGE)).getBytes(StandardCharsets.UTF_8);
    Pin pin = PinterestMoshi.decode(PinterestMoshi.get().adapter(Pin.class), json);
    assertInstanceOf(PinMediaWithImage.class, pin.getMedia());
  }

  @Test
  void whatFollowsTheValueIsRefusedAsFromACopy() {
    assertThrows(IOException.class,
        () -> BothWays.decode(pages, "{\"items\":[" + pin("1", IMAGE) + "]} {}"));
  }

  @Test
  void anObjectThatNeverEndsFailsAsFromACopy() {
    assertThrows(IOException.class, () -> BothWays.decode(pages,
        "{\"items\":[" + pin("1", "{\"media_type\":\"image\",\"images\":{\"150x150\":{")));
  }

  @Test
  void aUnionThatFailsNamesItsElementInPlaceToo() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> BothWays.decode(pages,
        "{\"items\":[" + pin("1", IMAGE) + "," + pin("2", "{\"media_type\":[5]}") + "]}"));
    assertTrue(e.getMessage().contains("$.items[1].media"), e.getMessage());
  }
}
