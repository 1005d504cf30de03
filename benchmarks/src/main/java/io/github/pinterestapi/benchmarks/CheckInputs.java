package io.github.pinterestapi.benchmarks;

import io.github.pinterestapi.benchmarks.pojo.HandPinPage;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinMediaWithImage;
import io.github.pinterestapi.v5.model.PinMediaWithImageAndVideo;
import io.github.pinterestapi.v5.model.PinMediaWithImages;
import io.github.pinterestapi.v5.model.PinMediaWithVideo;
import io.github.pinterestapi.v5.model.PinsList200Response;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import okio.Buffer;

/**
 * Checks that the benchmark input decodes fully into our models and into every baseline's POJOs
 * (same items, same media kinds, same metrics), and prints its size. Run before trusting a figure.
 */
public final class CheckInputs {
  private CheckInputs() {}

  public static void main(String[] args) throws IOException {
    byte[] page = PinJson.pageBytes(0, PinJson.PAGE_SIZE, "p1");
    PinsList200Response ours = PinterestMoshi.get().adapter(PinsList200Response.class)
        .fromJson(new Buffer().write(page));
    HandPinPage jackson = Baselines.jackson().readValue(page, HandPinPage.class);
    HandPinPage gson = Baselines.gson().fromJson(new String(page, "UTF-8"), HandPinPage.class);
    HandPinPage moshi = Baselines.moshi().adapter(HandPinPage.class).fromJson(new Buffer().write(page));

    Map<String, Integer> kinds = new TreeMap<>();
    for (int i = 0; i < PinJson.PAGE_SIZE; i++) {
      Pin pin = ours.getItems().get(i);
      String kind = pin.getMedia() instanceof PinMediaWithImage ? "image"
          : pin.getMedia() instanceof PinMediaWithVideo ? "video"
          : pin.getMedia() instanceof PinMediaWithImages ? "multiple_images"
          : pin.getMedia() instanceof PinMediaWithImageAndVideo ? "multiple_mixed" : "?";
      kinds.merge(kind, 1, Integer::sum);
      for (HandPinPage other : new HandPinPage[] {jackson, gson, moshi}) {
        same(pin.getId(), other.items.get(i).id, "id", i);
        same(kind, other.items.get(i).media.mediaType, "media_type", i);
        same(pin.getCreatedAt().toLocalDateTime(), other.items.get(i).createdAt, "created_at", i);
        same(pin.getDescription(), other.items.get(i).description, "description", i);
      }
      same(true, pin.getPinMetrics() instanceof Map, "pin_metrics", i);
    }
    same("p1", ours.getBookmark(), "bookmark", -1);
    System.out.printf("page: %d pins, %,d bytes, media %s%n", ours.getItems().size(), page.length,
        kinds);
    System.out.printf("single pin (GET /pins/{id}): %,d bytes%n", LoopbackServer.PIN.length());
  }

  private static void same(Object expected, Object actual, String what, int index) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + " of item " + index + ": " + expected + " vs " + actual);
    }
  }
}
