package io.github.pinterestapi.benchmarks;

import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.benchmarks.pojo.HandPin;
import io.github.pinterestapi.benchmarks.pojo.HandPinPage;
import io.github.pinterestapi.extras.paging.Pager;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.PinsListParams;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Walks {@code items} pins, 250 a page, from a loopback server that waits {@code latencyMs}
 * before each page, and prints throughput and heap. Modes: {@code pager} (our Pager),
 * {@code prefetch} (our Pager fetching the next page while the caller works) and
 * {@code handwritten} (an OkHttp + Moshi bookmark loop). {@code workMs} is the caller's time per
 * page, such as a batch write to a database, spent sleeping after every 250 items.
 *
 * <pre>
 * java -Xmx64m -cp benchmarks.jar io.github.pinterestapi.benchmarks.PagingRun prefetch 100000 20 20
 * </pre>
 */
public final class PagingRun {
  private PagingRun() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    long items = Long.parseLong(args[1]);
    long latencyMs = Long.parseLong(args[2]);
    long workMs = args.length > 3 ? Long.parseLong(args[3]) : 0;
    try (LoopbackServer server = LoopbackServer.start(items, latencyMs)) {
      HeapWatch heap = new HeapWatch();
      long start = System.nanoTime();
      long[] seen = new long[2]; // count, checksum
      switch (mode) {
        case "pager":
        case "prefetch":
          walkPager(server.baseUrl(), mode.equals("prefetch"), workMs, seen);
          break;
        case "handwritten":
          walkByHand(server.baseUrl(), workMs, seen);
          break;
        default:
          throw new IllegalArgumentException("mode: pager, prefetch or handwritten");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (seen[0] != items) {
        throw new AssertionError("walked " + seen[0] + " items, expected " + items);
      }
      System.out.printf("%s items=%d latencyMs=%d workMs=%d: %.2f s, %.0f items/s, "
              + "max heap after GC %.1f MB, heap peak incl. garbage %.1f MB, %d GCs, -Xmx %d MB%n",
          mode, items, latencyMs, workMs, seconds, items / seconds, heap.maxAfterGc() / 1e6,
          heap.peakIncludingGarbage() / 1e6, heap.collections(),
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  private static void walkPager(String baseUrl, boolean prefetch, long workMs, long[] seen)
      throws InterruptedException {
    ExecutorService background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "prefetch");
      t.setDaemon(true);
      return t;
    });
    try (Pinterest pinterest = Pinterest.builder().baseUrl(baseUrl).accessToken("pina_paging").build()) {
      Pager<Pin> pins = pinterest.pins().listAll(
          PinsListParams.builder().pinMetrics(true).build());
      if (prefetch) {
        pins = pins.prefetch(background);
      }
      for (Pin pin : pins) {
        consume(pin.getId(), workMs, seen);
      }
    } finally {
      background.shutdownNow();
    }
  }

  private static void walkByHand(String baseUrl, long workMs, long[] seen)
      throws IOException, InterruptedException {
    OkHttpClient http = new OkHttpClient();
    JsonAdapter<HandPinPage> pages = Baselines.moshi().adapter(HandPinPage.class);
    String bookmark = null;
    do {
      String url = baseUrl + "pins?pin_metrics=true&page_size=250"
          + (bookmark == null ? "" : "&bookmark=" + bookmark);
      Request request = new Request.Builder().url(url)
          .header("Authorization", "Bearer pina_paging").build();
      HandPinPage page;
      try (Response response = http.newCall(request).execute()) {
        page = pages.fromJson(PerCallBenchmark.body(response).source());
      }
      for (HandPin pin : page.items) {
        consume(pin.id, workMs, seen);
      }
      bookmark = page.bookmark;
    } while (bookmark != null);
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static void consume(String id, long workMs, long[] seen) throws InterruptedException {
    seen[0]++;
    seen[1] += id.length();
    if (workMs > 0 && seen[0] % PinJson.PAGE_SIZE == 0) {
      TimeUnit.MILLISECONDS.sleep(workMs);
    }
  }
}
