package io.github.pinterestapi.benchmarks;

import java.io.IOException;
import java.util.Locale;

/**
 * The time per 250-pin page of one decoder, round after round in one JVM: what shows whether a
 * JVM settled on one level or moved between two, which JMH's average over a few forks hides. The
 * decoder is one of {@code PageDecodeBenchmark}'s rows: {@code oursConverter}, {@code ours},
 * {@code jackson}, {@code jacksonReader}, {@code moshiReflective} or {@code gson}.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar io.github.pinterestapi.benchmarks.PageRounds jackson 500 10
 * }</pre>
 *
 * <p>Prints one line: the decoder, then milliseconds per page for each round of {@code pages}.
 */
public final class PageRounds {
  private PageRounds() {}

  public static void main(String[] args) throws IOException {
    String decoder = args[0];
    int pages = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    PageDecodeBenchmark benchmark = new PageDecodeBenchmark();
    benchmark.prepare();
    StringBuilder line = new StringBuilder(decoder).append(':');
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < pages; i++) {
        decode(benchmark, decoder);
      }
      line.append(String.format(Locale.ROOT, " %.2f", (System.nanoTime() - start) / 1e6 / pages));
    }
    System.out.println(line);
  }

  private static Object decode(PageDecodeBenchmark benchmark, String decoder) throws IOException {
    switch (decoder) {
      case "oursConverter":
        return benchmark.oursConverter();
      case "ours":
        return benchmark.ours();
      case "jackson":
        return benchmark.jackson();
      case "jacksonReader":
        return benchmark.jacksonReader();
      case "moshiReflective":
        return benchmark.moshiReflective();
      case "gson":
        return benchmark.gson();
      default:
        throw new IllegalArgumentException("no decoder " + decoder);
    }
  }
}
