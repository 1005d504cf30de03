package io.github.pinterestapi.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import com.squareup.moshi.FromJson;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import java.io.IOException;
import java.time.LocalDateTime;

/**
 * The JSON libraries configured as a careful user would for Pinterest's JSON: unknown keys
 * ignored, {@code created_at} read as a date-time. Nothing here is tuned beyond that.
 */
public final class Baselines {
  private Baselines() {}

  /** Moshi with its reflective class adapters plus a LocalDateTime adapter. */
  public static Moshi moshi() {
    return new Moshi.Builder().add(new Object() {
      @FromJson LocalDateTime fromJson(String s) {
        return LocalDateTime.parse(s);
      }

      @ToJson String toJson(LocalDateTime t) {
        return t.toString();
      }
    }).build();
  }

  /** Jackson databind with java.time support, ignoring keys the POJOs lack. */
  public static ObjectMapper jackson() {
    return new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Gson with a LocalDateTime adapter. */
  public static Gson gson() {
    return new GsonBuilder().registerTypeAdapter(LocalDateTime.class, new TypeAdapter<LocalDateTime>() {
      @Override public void write(JsonWriter out, LocalDateTime value) throws IOException {
        out.value(value.toString());
      }

      @Override public LocalDateTime read(JsonReader in) throws IOException {
        return LocalDateTime.parse(in.nextString());
      }
    }.nullSafe()).create();
  }
}
