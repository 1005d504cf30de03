package io.github.pinterestapi.benchmarks;

import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.benchmarks.pojo.HandPinPage;
import io.github.pinterestapi.v5.model.PinsList200Response;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import okio.Buffer;

/**
 * The bytes one 250-pin page allocates, ours against Moshi's reflective adapter, counted by the
 * JVM for this thread: the figure {@code PageDecodeBenchmark}'s {@code gc.alloc.rate.norm} gives,
 * in a few seconds and without JMH, so that it can be taken with another build's jars on the class
 * path (as the benchmarks README does for main) or under a profiler.
 *
 * <pre>{@code
 * java -cp "target/classes:target/lib/*" io.github.pinterestapi.benchmarks.PageAllocation 300
 * }</pre>
 */
public final class PageAllocation {
  private static final int MEASURED = 100;

  private PageAllocation() {}

  public static void main(String[] args) throws IOException {
    byte[] page = PinJson.pageBytes(0, PinJson.PAGE_SIZE, "p1");
    JsonAdapter<PinsList200Response> ours = PinterestMoshi.get().adapter(PinsList200Response.class);
    JsonAdapter<HandPinPage> moshi = Baselines.moshi().adapter(HandPinPage.class);
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    for (int i = 0; i < warmUp; i++) {
      ours.fromJson(new Buffer().write(page));
      moshi.fromJson(new Buffer().write(page));
    }
    long start = allocated();
    for (int i = 0; i < MEASURED; i++) {
      ours.fromJson(new Buffer().write(page));
    }
    long middle = allocated();
    for (int i = 0; i < MEASURED; i++) {
      moshi.fromJson(new Buffer().write(page));
    }
    long end = allocated();
    System.out.printf("ours %,d B/page; Moshi reflective %,d B/page; ratio %.2f%n",
        (middle - start) / MEASURED, (end - middle) / MEASURED,
        (double) (middle - start) / (end - middle));
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
