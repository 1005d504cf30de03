package io.github.pinterestapi.v5.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.pinterestapi.v5.JsonEquivalence;
import io.github.pinterestapi.v5.SpecFixtures;
import io.github.pinterestapi.v5.runtime.BothWays;
import io.github.pinterestapi.v5.runtime.CommaSeparated;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import io.github.pinterestapi.v5.runtime.PinterestOperation;
import io.github.pinterestapi.v5.runtime.QueryObject;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.Header;
import retrofit2.http.QueryMap;

/** Sends one generated operation to the mock and checks what comes back. */
final class OperationRun {
  private static final int MOCK_FAULT_RETRIES = 2;
  private final Moshi moshi = PinterestMoshi.get();
  private final Map<String, Object> services = new HashMap<>();
  private final List<Retrofit> mocks = new ArrayList<>();
  private okhttp3.Response lastRaw;
  private String authorization;
  private String lastBody;

  /** {@code baseUrls}: one mock per round, each with its own seed. */
  OperationRun(List<String> baseUrls) {
    OkHttpClient client = new OkHttpClient.Builder()
        .readTimeout(60, TimeUnit.SECONDS)
        .retryOnConnectionFailure(false)
        // Prism's server (Node) closes idle connections after 5 s; never reuse one that old.
        .connectionPool(new okhttp3.ConnectionPool(4, 2, TimeUnit.SECONDS))
        .addInterceptor(chain -> {
          Request request = chain.request().newBuilder()
              .header("Authorization", authorization).build();
          okhttp3.Response response = chain.proceed(request);
          lastRaw = response;
          lastBody = response.peekBody(Long.MAX_VALUE).string();
          return response;
        })
        .build();
    for (String baseUrl : baseUrls) {
      mocks.add(new Retrofit.Builder().baseUrl(baseUrl).client(client)
          .addConverterFactory(MoshiConverterFactory.create(moshi)).build());
    }
  }

  /** What one operation did in its rounds. */
  static final class Result {
    final String operationId;
    int sent;
    int accepted;
    int decoded;
    int lossless;
    int roundTrip;
    int mockFaults;
    boolean hasBody;
    final List<String> failures = new ArrayList<>();

    Result(String operationId) {
      this.operationId = operationId;
    }

    List<String> failures() {
      return failures;
    }

    /** Adds another round's counts and failures to this one's. */
    Result plus(Result other) {
      sent += other.sent;
      accepted += other.accepted;
      decoded += other.decoded;
      lossless += other.lossless;
      roundTrip += other.roundTrip;
      mockFaults += other.mockFaults;
      hasBody |= other.hasBody;
      failures.addAll(other.failures);
      return this;
    }

    String row() {
      String na = "-";
      return String.format("%-58s %9s %9s %9s %10s%s", operationId, accepted + "/" + sent,
          hasBody ? decoded + "/" + accepted : na, hasBody ? lossless + "/" + decoded : na,
          hasBody ? roundTrip + "/" + decoded : na, failures.isEmpty() ? "" : "  FAIL")
          + (mockFaults == 0 ? "" : "  (Prism failed " + mockFaults + "x on its own; asked another mock)");
    }
  }

  /**
   * Sends {@code method} in one round, to that round's mock. Not thread-safe: give each thread its
   * own run, and keep each mock on one thread, so its seeded answers repeat.
   */
  Result run(Method method, long seed, int onlyRound) {
    String id = method.getAnnotation(PinterestOperation.class).id();
    Result result = new Result(id);
    JsonNode operation = SpecFixtures.describedOperations().get(id);
    Type bodyType = SpecFixtures.responseType(method);
    result.hasBody = bodyType != Void.class;
    // What a user sends: the app's id and secret where the operation asks for HTTP Basic (the
    // token endpoints), otherwise an access token.
    authorization = operation.path("security").toString().contains("\"basic\"")
        ? okhttp3.Credentials.basic("1500000", "app-secret") : "Bearer conformance-token";
    for (int round : new int[] {onlyRound}) {
      boolean full = round == 1;
      SchemaValues values = new SchemaValues(seed * 31 + id.hashCode() * 7L + round, full);
      result.sent++;
      Response<?> response;
      try {
        lastRaw = null;
        lastBody = null;
        Object[] args = arguments(method, operation, values, full);
        response = send(method, round, args);
        // Prism's response faker sometimes fails on its own (a TypeError on a valid schema). It
        // reseeds for every response, so the same mock fails again; the next round's mock has
        // another seed, and what it answers depends only on that seed and the request.
        for (int retry = 1; retry <= MOCK_FAULT_RETRIES && isMockFault(response); retry++) {
          result.mockFaults++;
          response = send(method, (round + retry) % mocks.size(), args);
        }
      } catch (InvocationTargetException e) {
        result.failures.add(id + " round " + round + ": cannot be sent: " + e.getCause());
        continue;
      } catch (Exception e) {
        String violations = lastRaw == null ? "" : lastRaw.header("sl-violations", "");
        result.failures.add(id + " round " + round + ": does not decode: " + e
            + (violations.isEmpty() ? "" : " (Prism: " + violations + ")"));
        continue;
      }
      String violations = response.headers().get("sl-violations");
      if (!response.isSuccessful() || (violations != null && violations.contains("\"request\""))) {
        result.failures.add(id + " round " + round + ": not accepted (" + response.code() + "): "
            + violations + " " + response.raw().request().url());
        continue;
      }
      result.accepted++;
      if (result.hasBody) {
        check(result, round, bodyType, response.body());
      }
    }
    return result;
  }

  private Response<?> send(Method method, int mock, Object[] args) throws Exception {
    return ((Call<?>) method.invoke(service(method.getDeclaringClass(), mock), args)).execute();
  }

  /**
   * Prism's own failure: it answers 500 with a problem document, where the description documents
   * no 500 response of that shape.
   */
  private static boolean isMockFault(Response<?> response) {
    String type = response.headers().get("Content-Type");
    return response.code() == 500 && type != null && type.contains("problem+json");
  }

  private void check(Result result, int round, Type type, Object decoded) {
    String where = result.operationId + " round " + round + ": ";
    if (decoded == null) {
      if ("null".equals(lastBody.trim())) {  // a nullable response: null is the whole value
        result.decoded++;
        result.lossless++;
        result.roundTrip++;
      } else {
        result.failures.add(where + "decoded to nothing from " + clip(lastBody));
      }
      return;
    }
    result.decoded++;
    try {
      @SuppressWarnings("unchecked")
      JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(type);
      // The client's converter reads a body held in memory, where unions read their objects in
      // place; Retrofit's converter above read from a stream, where they copy them. BothWays
      // asserts the two give equal values.
      try {
        BothWays.decode(adapter, lastBody);
      } catch (AssertionError e) {
        result.failures.add(where + "in place: " + e.getMessage());
      }
      String encoded = adapter.toJson(decoded);
      String difference = JsonEquivalence.difference(SpecFixtures.JSON.readTree(lastBody),
          SpecFixtures.JSON.readTree(encoded));
      if (difference == null) {
        result.lossless++;
      } else {
        result.failures.add(where + "lossy: " + difference);
      }
      Object again = adapter.fromJson(encoded);
      if (decoded.equals(again)) {
        result.roundTrip++;
      } else {
        result.failures.add(where + "no round trip: " + clip(String.valueOf(decoded)) + " became "
            + clip(String.valueOf(again)));
      }
    } catch (Exception e) {
      result.failures.add(where + "re-encoding failed: " + e);
    }
  }

  private Object service(Class<?> api, int round) {
    return services.computeIfAbsent(api.getName() + "@" + round, k -> mocks.get(round).create(api));
  }

  private Object[] arguments(Method method, JsonNode operation, SchemaValues values,
      boolean full) throws Exception {
    Type[] types = method.getGenericParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Annotation annotation = annotations[i][0];
      if (annotation instanceof Body) {
        JsonNode body = operation.path("requestBody");
        if (!body.path("required").asBoolean() && !full) {
          continue;
        }
        JsonNode schema = body.path("content").path("application/json").path("schema");
        args[i] = convert(values.value(schema), types[i]);
      } else if (annotation instanceof Field) {
        String name = ((Field) annotation).value();
        JsonNode form = SpecFixtures.resolve(operation.path("requestBody").path("content")
            .path("application/x-www-form-urlencoded").path("schema"));
        boolean required = false;
        for (JsonNode r : form.path("required")) {
          required |= r.asText().equals(name);
        }
        if (required || full) {
          args[i] = convert(values.value(form.path("properties").path(name)), types[i]);
        }
      } else {
        JsonNode parameter = parameter(operation, annotation);
        if (!parameter.path("required").asBoolean() && !full) {
          continue;
        }
        JsonNode value = values.value(parameter.path("schema"));
        if (annotation instanceof QueryMap) {
          Type objectType = ((ParameterizedType) types[i]).getActualTypeArguments()[0];
          Object object = convert(value, objectType);
          String name = parameter.path("name").asText();
          args[i] = "deepObject".equals(parameter.path("x-pinterest-query-object").asText())
              ? QueryObject.deepObject(name, object) : QueryObject.form(name, object);
        } else {
          args[i] = convert(value, types[i]);
        }
      }
    }
    return args;
  }

  private static JsonNode parameter(JsonNode operation, Annotation annotation) {
    String in;
    String name = null;
    if (annotation instanceof retrofit2.http.Path) {
      in = "path";
      name = ((retrofit2.http.Path) annotation).value();
    } else if (annotation instanceof retrofit2.http.Query) {
      in = "query";
      name = ((retrofit2.http.Query) annotation).value();
    } else if (annotation instanceof Header) {
      in = "header";
      name = ((Header) annotation).value();
    } else if (annotation instanceof QueryMap) {
      in = "query";
    } else {
      throw new IllegalStateException("unexpected parameter annotation " + annotation);
    }
    for (JsonNode parameter : parameters(operation)) {
      if (in.equals(parameter.path("in").asText()) && (name == null
          ? parameter.has("x-pinterest-query-object")
          : name.equals(parameter.path("name").asText()))) {
        return parameter;
      }
    }
    throw new IllegalStateException("no " + in + " parameter " + name + " in " + operation);
  }

  private static List<JsonNode> parameters(JsonNode operation) {
    List<JsonNode> found = new ArrayList<>();
    // Path-level parameters: the operation's parent is not at hand, so search every path item
    // holding this operation.
    SpecFixtures.description().path("paths").forEach(item -> item.forEach(op -> {
      if (op == operation || op.equals(operation)) {
        item.path("parameters").forEach(p -> found.add(resolve(p)));
      }
    }));
    operation.path("parameters").forEach(p -> found.add(resolve(p)));
    return found;
  }

  private static JsonNode resolve(JsonNode parameter) {
    String ref = parameter.path("$ref").asText("");
    return ref.isEmpty() ? parameter : SpecFixtures.description().at(ref.substring(1));
  }

  private Object convert(JsonNode json, Type type) throws Exception {
    if (type == String.class) {
      return json.isTextual() ? json.asText() : json.toString();
    }
    if (Types.getRawType(type) == CommaSeparated.class) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> items = new ArrayList<>();
      for (JsonNode element : json.isArray() ? json : SpecFixtures.JSON.createArrayNode().add(json)) {
        items.add(convert(element, item));
      }
      return CommaSeparated.of(items);
    }
    return moshi.adapter(type).fromJson(SpecFixtures.JSON.writeValueAsString(json));
  }

  private static String clip(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 297) + "...";
  }
}
