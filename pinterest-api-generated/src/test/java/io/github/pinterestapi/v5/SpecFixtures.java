package io.github.pinterestapi.v5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Shared test fixtures: the corrected description (as surefire passes it), the generated Retrofit
 * interfaces found on the class path, and the naming rule from schema names to model classes.
 */
public final class SpecFixtures {
  public static final ObjectMapper JSON = new ObjectMapper();
  public static final String API_PACKAGE = "io.github.pinterestapi.v5.api";
  public static final String MODEL_PACKAGE = "io.github.pinterestapi.v5.model";
  public static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

  private static JsonNode description;
  private static List<Method> operations;

  private SpecFixtures() {}

  /** The corrected description that the code was generated from. */
  public static synchronized JsonNode description() {
    if (description == null) {
      String path = System.getProperty("pinterest.spec.corrected");
      if (path == null) {
        throw new IllegalStateException("system property pinterest.spec.corrected is not set"
            + " (surefire sets it; run the tests through Maven)");
      }
      try {
        description = JSON.readTree(new File(path));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return description;
  }

  public static JsonNode schemas() {
    return description().path("components").path("schemas");
  }

  /** Every operation object of the description, keyed by operationId. */
  public static Map<String, JsonNode> describedOperations() {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    description().path("paths").fields().forEachRemaining(path ->
        path.getValue().fields().forEachRemaining(op -> {
          if (HTTP_METHODS.contains(op.getKey())) {
            result.put(op.getValue().path("operationId").asText(), op.getValue());
          }
        }));
    return result;
  }

  /** The generated Retrofit interfaces, found in the compiled api package. */
  public static List<Class<?>> apiInterfaces() {
    String folder = API_PACKAGE.replace('.', '/');
    URL url = SpecFixtures.class.getClassLoader().getResource(folder);
    if (url == null || !"file".equals(url.getProtocol())) {
      throw new IllegalStateException("api package not found as a folder: " + url);
    }
    try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("package-info"))
          .sorted()
          .map(n -> load(API_PACKAGE + "." + n.substring(0, n.length() - ".class".length())))
          .filter(Class::isInterface)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every method of the generated Retrofit interfaces, in a stable order. */
  public static synchronized List<Method> apiMethods() {
    if (operations == null) {
      List<Method> found = new ArrayList<>();
      for (Class<?> api : apiInterfaces()) {
        Method[] methods = api.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        found.addAll(Arrays.asList(methods));
      }
      operations = List.copyOf(found);
    }
    return operations;
  }

  /** The generated method of an operationId, matched through {@link PinterestOperation#id()}. */
  public static Optional<Method> operation(String operationId) {
    return apiMethods().stream()
        .filter(m -> m.isAnnotationPresent(PinterestOperation.class))
        .filter(m -> m.getAnnotation(PinterestOperation.class).id().equals(operationId))
        .findFirst();
  }

  /** {@code T} of the method's {@code Call<T>}. */
  public static Type responseType(Method method) {
    return ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
  }

  /** The generator's class name for a schema name: each alphanumeric run, capitalised. */
  public static String javaName(String schemaName) {
    StringBuilder name = new StringBuilder();
    for (String part : schemaName.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }

  /** The generated class of a component schema, if it has one. */
  public static Optional<Class<?>> modelClass(String schemaName) {
    try {
      return Optional.of(Class.forName(MODEL_PACKAGE + "." + javaName(schemaName)));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The component name a {@code $ref} points to, or null if it is not such a reference. */
  public static String refName(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    String prefix = "#/components/schemas/";
    return ref.startsWith(prefix) ? ref.substring(prefix.length()) : null;
  }

  /** Follows {@code $ref}s to components until reaching a schema that is not one. */
  public static JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (String name = refName(current); name != null; name = refName(current)) {
      current = schemas().path(name);
    }
    return current;
  }

  /** A JSON pointer built from unescaped tokens. */
  public static String pointer(String... tokens) {
    StringBuilder result = new StringBuilder();
    for (String token : tokens) {
      result.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return result.toString();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
