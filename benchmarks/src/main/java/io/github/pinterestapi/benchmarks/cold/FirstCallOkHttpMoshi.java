package io.github.pinterestapi.benchmarks.cold;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import io.github.pinterestapi.benchmarks.pojo.HandPin;
import java.io.IOException;
import java.time.LocalDateTime;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The first {@code GET /pins/{id}} with raw OkHttp and Moshi: {@code BASE_URL PIN_ID}. */
public final class FirstCallOkHttpMoshi {
  private FirstCallOkHttpMoshi() {}

  public static void main(String[] args) throws IOException {
    OkHttpClient http = new OkHttpClient();
    Moshi moshi = new Moshi.Builder().add(new Object() {
      @FromJson LocalDateTime fromJson(String s) {
        return LocalDateTime.parse(s);
      }

      @ToJson String toJson(LocalDateTime t) {
        return t.toString();
      }
    }).build();
    Request request = new Request.Builder().url(args[0] + "pins/" + args[1])
        .header("Authorization", "Bearer pina_cold").build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      HandPin pin = moshi.adapter(HandPin.class).fromJson(response.body().source());
      System.out.println(pin.id + " " + pin.media.mediaType);
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
