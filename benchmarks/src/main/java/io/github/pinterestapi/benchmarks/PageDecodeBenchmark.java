package io.github.pinterestapi.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.benchmarks.pojo.HandPinPage;
import io.github.pinterestapi.internal.http.PinterestConverterFactory;
import io.github.pinterestapi.v5.model.PinsList200Response;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Decoding one 250-pin page (about 0.5 MB of UTF-8) from bytes: our generated models through
 * {@link PinterestMoshi} (the adapter on a buffer, and the client's converter on a response body)
 * against hand-written POJOs of the same shape with Jackson databind (from the {@code byte[]}, and
 * through a {@code Reader} as Retrofit's Jackson converter reads), Gson, and Moshi's own reflective adapter (which separates "Moshi vs Jackson" from "our adapters vs
 * Moshi's"). With {@code -prof gc}, {@code gc.alloc.rate.norm} is the allocation of one page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PageDecodeBenchmark {
  private static final MediaType JSON = MediaType.get("application/json");

  private byte[] page;
  private JsonAdapter<PinsList200Response> ours;
  private Converter<ResponseBody, ?> oursConverter;
  private JsonAdapter<HandPinPage> moshi;
  private ObjectMapper jackson;
  private Gson gson;

  @Setup
  public void prepare() {
    page = PinJson.pageBytes(0, PinJson.PAGE_SIZE, "p1");
    ours = PinterestMoshi.get().adapter(PinsList200Response.class);
    oursConverter = PinterestConverterFactory.create(PinterestMoshi.get(), 64L * 1024 * 1024)
        .responseBodyConverter(PinsList200Response.class, new Annotation[0],
            new Retrofit.Builder().baseUrl("http://localhost/").build());
    moshi = Baselines.moshi().adapter(HandPinPage.class);
    jackson = Baselines.jackson();
    gson = Baselines.gson();
  }

  @Benchmark
  public PinsList200Response ours() throws IOException {
    return ours.fromJson(new Buffer().write(page));
  }

  /**
   * Ours as a Retrofit user of the client gets it: the client's converter, which reads the body
   * into memory and lends it to the unions ({@code PinterestMoshi.decode}).
   */
  @Benchmark
  public Object oursConverter() throws IOException {
    return oursConverter.convert(ResponseBody.create(page, JSON));
  }

  /** Jackson at its fastest: its byte-level parser over the whole page in memory. */
  @Benchmark
  public HandPinPage jackson() throws IOException {
    return jackson.readValue(page, HandPinPage.class);
  }

  /**
   * Jackson as a Retrofit user gets it: retrofit2's JacksonResponseBodyConverter reads
   * {@code value.charStream()}, a UTF-8 Reader over the response body.
   */
  @Benchmark
  public HandPinPage jacksonReader() throws IOException {
    return jackson.readValue(new InputStreamReader(new ByteArrayInputStream(page),
        StandardCharsets.UTF_8), HandPinPage.class);
  }

  @Benchmark
  public HandPinPage gson() {
    return gson.fromJson(new InputStreamReader(new ByteArrayInputStream(page),
        StandardCharsets.UTF_8), HandPinPage.class);
  }

  @Benchmark
  public HandPinPage moshiReflective() throws IOException {
    return moshi.fromJson(new Buffer().write(page));
  }
}
