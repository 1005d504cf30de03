package io.github.pinterestapi.v5;

import static io.github.pinterestapi.testing.LowLevelCalls.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pinterestapi.testing.LowLevelCalls;
import io.github.pinterestapi.v5.api.PinsApi;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.runtime.CommaSeparated;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Each generated method says which operation it is, so interceptors can act per operation.
 */
class OperationMetadataTest {
  /** What an interceptor saw of one request. */
  record Seen(String id, String rateLimitCategory, String sandbox, String path) {}

  private final MockWebServer server = new MockWebServer();
  private final List<Seen> seen = new ArrayList<>();
  private PinsApi pins;

  @BeforeEach
  void start() throws IOException {
    server.start();
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          Invocation invocation = chain.request().tag(Invocation.class);
          PinterestOperation op = invocation.method().getAnnotation(PinterestOperation.class);
          seen.add(new Seen(op.id(), op.rateLimitCategory(), op.sandbox(),
              chain.request().url().encodedPath()));
          return chain.proceed(chain.request());
        })
        .build();
    pins = new Retrofit.Builder()
        .baseUrl(server.url("/v5/"))
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create(PinterestMoshi.get()))
        .build()
        .create(PinsApi.class);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void anInterceptorSeesTheOperationOfEachRequest() throws IOException {
    server.enqueue(new MockResponse().setBody("{\"id\":\"813744226420795884\"}"));
    server.enqueue(new MockResponse().setBody("{}"));

    assertEquals("813744226420795884",
        LowLevelCalls.<Pin>call(pins, "pins/get", "pin_id", "813744226420795884")
            .execute().body().getId());
    assertTrue(call(pins, "multi_pins/analytics", "pin_ids", List.of("1", "2"),
        "start_date", LocalDate.of(2024, 1, 1), "end_date", LocalDate.of(2024, 1, 31),
        "metric_types", CommaSeparated.of("IMPRESSION")).execute().isSuccessful());

    assertEquals(List.of(
        new Seen("pins/get", "org_read", "enabled", "/v5/pins/813744226420795884"),
        new Seen("multi_pins/analytics", "org_analytics", "disabled", "/v5/pins/analytics")),
        seen);
  }

  @Test
  void everyOperationOfTheDescriptionHasExactlyOneAnnotatedMethod() {
    Map<String, Integer> methodsPerId = new TreeMap<>();
    for (Method method : SpecFixtures.apiMethods()) {
      PinterestOperation op = method.getAnnotation(PinterestOperation.class);
      assertNotNull(op, method + " has no @PinterestOperation");
      assertFalse(op.id().isEmpty(), method + " has an empty operation id");
      methodsPerId.merge(op.id(), 1, Integer::sum);
    }
    Map<String, JsonNode> described = SpecFixtures.describedOperations();
    assertFalse(described.isEmpty());
    assertEquals(described.size(), SpecFixtures.apiMethods().size());
    TreeSet<String> notOnce = new TreeSet<>();
    described.keySet().forEach(id -> {
      if (methodsPerId.getOrDefault(id, 0) != 1) {
        notOnce.add(id + " x" + methodsPerId.getOrDefault(id, 0));
      }
    });
    assertEquals(new TreeSet<>(), notOnce, "operationIds without exactly one method");
    TreeSet<String> invented = new TreeSet<>(methodsPerId.keySet());
    invented.removeAll(described.keySet());
    assertEquals(new TreeSet<>(), invented, "annotated ids the description does not have");
  }

  @Test
  void eachAnnotationRepeatsWhatTheDescriptionSays() {
    List<String> mismatches = new ArrayList<>();
    SpecFixtures.description().path("paths").fields().forEachRemaining(path ->
        path.getValue().fields().forEachRemaining(entry -> {
          if (!SpecFixtures.HTTP_METHODS.contains(entry.getKey())) {
            return;
          }
          JsonNode op = entry.getValue();
          String id = op.path("operationId").asText();
          PinterestOperation annotation = SpecFixtures.operation(id).orElseThrow()
              .getAnnotation(PinterestOperation.class);
          String expected = String.join(" ", entry.getKey().toUpperCase(),
              path.getKey().substring(1), op.path("x-ratelimit-category").asText(""),
              op.path("x-sandbox").asText(""));
          String actual = String.join(" ", annotation.method(), annotation.path(),
              annotation.rateLimitCategory(), annotation.sandbox());
          if (!expected.equals(actual)) {
            mismatches.add(id + ": expected " + expected + " but was " + actual);
          }
        }));
    assertEquals(List.of(), mismatches);
  }
}
