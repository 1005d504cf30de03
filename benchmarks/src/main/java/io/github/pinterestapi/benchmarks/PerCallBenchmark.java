package io.github.pinterestapi.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.benchmarks.pojo.HandPin;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.PinsGetParams;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code GET /pins/{id}} against a loopback server: our full client (user agent, retry, rate limit,
 * auth, typed errors, our Moshi models) against a careful hand-written OkHttp call decoding with
 * Moshi or Jackson into a hand-written POJO. The server runs in the same JVM, so its time is in
 * every figure alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
  private static final String PIN_ID = PinJson.pinId(7);
  private static final String TOKEN = "pina_benchmark_token";

  private LoopbackServer server;
  private Pinterest pinterest;
  private OkHttpClient http;
  private Request request;
  private JsonAdapter<HandPin> moshiPin;
  private ObjectMapper jackson;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = LoopbackServer.start(0, 0);
    pinterest = Pinterest.builder().baseUrl(server.baseUrl()).accessToken(TOKEN).build();
    http = new OkHttpClient();
    request = new Request.Builder().url(server.baseUrl() + "pins/" + PIN_ID)
        .header("Authorization", "Bearer " + TOKEN).build();
    moshiPin = Baselines.moshi().adapter(HandPin.class);
    jackson = Baselines.jackson();
  }

  @TearDown(Level.Trial)
  public void stop() {
    pinterest.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public Pin ours() {
    return pinterest.pins().get(PinsGetParams.builder().pinId(PIN_ID).build());
  }

  @Benchmark
  public HandPin okHttpMoshi() throws IOException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = body(response);
      return moshiPin.fromJson(body.source());
    }
  }

  @Benchmark
  public HandPin okHttpJackson() throws IOException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = body(response);
      return jackson.readValue(body.byteStream(), HandPin.class);
    }
  }

  /** What a careful caller checks before decoding. */
  static ResponseBody body(Response response) throws IOException {
    ResponseBody body = response.body();
    if (!response.isSuccessful() || body == null) {
      throw new IOException("HTTP " + response.code() + " for " + response.request().url());
    }
    return body;
  }
}
