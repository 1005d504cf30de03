package io.github.pinterestapi.benchmarks;

import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.benchmarks.pojo.HandPin;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The bytes one {@code GET /pins/{id}} allocates, our client against hand-written OkHttp + Moshi
 * ({@code PerCallBenchmark}'s two sides), counted by the JVM: for the calling thread, where a
 * blocking OkHttp call runs its interceptors, its connection and its decode, and for every thread
 * (the loopback server's too), which is what {@code gc.alloc.rate.norm} counts. It takes seconds
 * instead of a JMH run, so it can be taken under a profiler or with another build's jars; with
 * {@code ours} or {@code okhttp} as second argument only that side is called, for an
 * allocation profile.
 *
 * <pre>{@code
 * java -cp "target/classes:target/lib/*" io.github.pinterestapi.benchmarks.CallAllocation 3000
 * }</pre>
 */
public final class CallAllocation {
  private static final int MEASURED = 2000;
  private static final String PIN_ID = PinJson.pinId(7);
  private static final String TOKEN = "pina_benchmark_token";

  private CallAllocation() {}

  public static void main(String[] args) throws IOException {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    String only = args.length > 1 ? args[1] : "";
    try (LoopbackServer server = LoopbackServer.start(0, 0);
        Pinterest pinterest = Pinterest.builder().baseUrl(server.baseUrl()).accessToken(TOKEN)
            .build()) {
      OkHttpClient http = new OkHttpClient();
      Request request = new Request.Builder().url(server.baseUrl() + "pins/" + PIN_ID)
          .header("Authorization", "Bearer " + TOKEN).build();
      JsonAdapter<HandPin> moshiPin = Baselines.moshi().adapter(HandPin.class);
      for (int i = 0; i < warmUp; i++) {
        if (!only.equals("okhttp")) {
          ours(pinterest);
        }
        if (!only.equals("ours")) {
          okHttpMoshi(http, request, moshiPin);
        }
      }
      if (!only.isEmpty()) {
        return;
      }
      long[] start = allocated();
      for (int i = 0; i < MEASURED; i++) {
        ours(pinterest);
      }
      long[] middle = allocated();
      for (int i = 0; i < MEASURED; i++) {
        okHttpMoshi(http, request, moshiPin);
      }
      long[] end = allocated();
      for (int scope = 0; scope < 2; scope++) {
        long ours = (middle[scope] - start[scope]) / MEASURED;
        long theirs = (end[scope] - middle[scope]) / MEASURED;
        System.out.printf("%s: ours %,d B/call; OkHttp + Moshi %,d B/call; ratio %.2f%n",
            scope == 0 ? "calling thread" : "all threads", ours, theirs, (double) ours / theirs);
      }
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static Object ours(Pinterest pinterest) {
    return pinterest.pins().get(PinsGetParams.builder().pinId(PIN_ID).build());
  }

  private static Object okHttpMoshi(OkHttpClient http, Request request, JsonAdapter<HandPin> pin)
      throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return pin.fromJson(PerCallBenchmark.body(response).source());
    }
  }

  /** Bytes allocated so far by this thread, and by every live thread. */
  private static long[] allocated() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long all = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      all += Math.max(bytes, 0);
    }
    return new long[] {threads.getThreadAllocatedBytes(Thread.currentThread().getId()), all};
  }
}
