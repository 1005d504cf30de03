import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the corrected Pinterest description that the generator reads.
 *
 * <p>Steps: obtain upstream's openapi.yaml (a local copy, or a download of the pinned tag), verify
 * its SHA-256, apply {@code spec/corrections.yaml}, add generic code-generation hints, validate
 * with swagger-parser, and write JSON. Run by spec/pom.xml in source-file mode at generate-sources,
 * so that even {@code mvn javadoc:javadoc} (which only forks generate-sources) has the description.
 *
 * <p>Usage: {@code java -cp CP PrepareSpec.java version=5.23.0 sha256=HEX [file=PATH]
 *     corrections=spec/corrections.yaml out=spec/target/openapi}
 */
public final class PrepareSpec {
  private static final String UPSTREAM =
      "https://raw.githubusercontent.com/pinterest/api-description/v%s/v5/openapi.yaml";
  /** Bumped when this tool changes what it writes, so stale outputs are rebuilt. */
  private static final String TOOL_REVISION = "10";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put(arg.substring(0, eq), eq < 0 ? "" : arg.substring(eq + 1).trim());
    }
    String version = options.getOrDefault("version", "");
    String expectedSha = options.getOrDefault("sha256", "").toLowerCase(Locale.ROOT);
    String property = options.getOrDefault("file", "");
    String env = System.getenv("PINTEREST_SPEC_FILE");
    boolean fromProperty = !property.isEmpty() && !property.startsWith("${");
    String local = fromProperty ? property : env == null ? "" : env.trim();
    Path corrections = Paths.get(options.getOrDefault("corrections", "corrections.yaml"));
    Path outDir = Paths.get(options.getOrDefault("out", "target/openapi"));
    if (version.isEmpty() || expectedSha.isEmpty()) {
      fail("usage: PrepareSpec version=V sha256=S [file=PATH] corrections=PATH out=DIR");
    }
    Files.createDirectories(outDir);

    Path upstream = local.isEmpty() ? download(version, expectedSha, outDir) : Paths.get(local);
    if (!Files.isRegularFile(upstream)) {
      fail("Pinterest description not found at " + upstream + " (given by "
          + (fromProperty ? "-Dpinterest.spec.file" : "PINTEREST_SPEC_FILE") + "). "
          + howToSupply(version));
    }
    byte[] raw = Files.readAllBytes(upstream);
    String actualSha = sha256(raw);
    if (!actualSha.equals(expectedSha)) {
      fail("Checksum mismatch for " + upstream + ": expected pinterest.spec.sha256=" + expectedSha
          + " for version " + version + " but the file has " + actualSha
          + ". Supply the file of that version, or change pinterest.spec.version and"
          + " pinterest.spec.sha256 together.");
    }

    // Upstream's own text, verified, beside the corrected one: the conformance suite's mock
    // server serves it, as Pinterest documents the API.
    Path verified = outDir.resolve("pinterest-openapi-upstream.yaml");
    if (!Files.isRegularFile(verified) || !sha256(Files.readAllBytes(verified)).equals(actualSha)) {
      Files.write(verified, raw);
    }
    Path out = outDir.resolve("pinterest-openapi.json");
    Path stamp = outDir.resolve("pinterest-openapi.stamp");
    String inputs = String.join("\n", TOOL_REVISION, version, actualSha,
        sha256(Files.readAllBytes(corrections)));
    if (Files.isRegularFile(out) && Files.isRegularFile(stamp)
        && new String(Files.readAllBytes(stamp), StandardCharsets.UTF_8).equals(inputs)) {
      System.out.println("[spec] " + out + " is up to date (upstream " + version + ")");
      return;
    }

    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode root = (ObjectNode) yaml.readTree(raw);
    int applied = Corrections.apply(root, yaml.readTree(corrections.toFile()));
    int widened = IntegerRanges.widen(root);
    int unwrapped = RefWrappers.unwrap(root);
    int pages = PageHints.annotate(root);
    int values = ValueUnionHints.annotate(root);
    ScopeHints.annotate(root);
    int queryObjects = QueryObjectHints.annotate(root);
    OperationHints.annotate(root);
    validate(root);

    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path tmp = outDir.resolve("pinterest-openapi.json.tmp");
    json.writeValue(tmp.toFile(), root);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.write(stamp, inputs.getBytes(StandardCharsets.UTF_8));
    System.out.println("[spec] upstream " + version + " (sha256 ok) + " + applied
        + " corrections, " + widened + " integers widened to int64, " + unwrapped
        + " single-$ref wrappers unwrapped, " + queryObjects + " object query parameters, " + pages + " bookmark pages and " + values
        + " value unions marked -> " + out);
  }

  private static String howToSupply(String version) {
    return "Supply Pinterest's openapi.yaml " + version + " in one of two ways: "
        + "-Dpinterest.spec.file=/path/to/openapi.yaml, or the environment variable "
        + "PINTEREST_SPEC_FILE=/path/to/openapi.yaml (offline builds and CI use "
        + "../shared/pinterest-api-description/v" + version + "/openapi.yaml).";
  }

  private static Path download(String version, String expectedSha, Path outDir) throws IOException {
    Path cached = outDir.resolve("upstream-" + version + ".yaml");
    if (Files.isRegularFile(cached) && sha256(Files.readAllBytes(cached)).equals(expectedSha)) {
      return cached;
    }
    String url = String.format(UPSTREAM, version);
    System.out.println("[spec] downloading " + url);
    try {
      HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
      connection.setConnectTimeout(15_000);
      connection.setReadTimeout(60_000);
      if (connection.getResponseCode() != 200) {
        throw new IOException("HTTP " + connection.getResponseCode());
      }
      Path tmp = outDir.resolve("upstream-" + version + ".yaml.tmp");
      try (InputStream in = connection.getInputStream()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING);
      return cached;
    } catch (IOException e) {
      fail("Could not download " + url + " (" + e + "). " + howToSupply(version));
      return null;
    }
  }

  private static void validate(JsonNode root) throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    String text = new ObjectMapper().writeValueAsString(root);
    SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
    List<String> messages = result.getMessages() == null ? new ArrayList<>() : result.getMessages();
    if (result.getOpenAPI() == null || !messages.isEmpty()) {
      fail("The corrected description does not validate:\n  " + String.join("\n  ", messages));
    }
  }

  static String sha256(byte[] bytes) {
    try {
      StringBuilder hex = new StringBuilder();
      for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void fail(String message) {
    System.err.println("[spec] ERROR: " + message);
    System.exit(1);
  }

  /**
   * Applies our corrections: a YAML list of JSON Patch (RFC 6902) operations, each with a
   * {@code reason}. An operation whose target no longer exists upstream is reported and skipped, so
   * a version bump that fixes a defect upstream does not break the build.
   */
  static final class Corrections {
    static int apply(ObjectNode root, JsonNode list) {
      int applied = 0;
      if (list == null || !list.isArray()) {
        return 0;
      }
      for (JsonNode op : list) {
        String reason = op.path("reason").asText("");
        String path = op.path("path").asText("");
        if (reason.trim().isEmpty()) {
          fail("Correction at " + path + " has no reason");
        }
        String kind = op.path("op").asText();
        String parentPath = path.substring(0, path.lastIndexOf('/'));
        String key = unescape(path.substring(path.lastIndexOf('/') + 1));
        JsonNode parent = root.at(parentPath);
        boolean exists = parent.isObject() ? parent.has(key)
            : parent.isArray() && ("-".equals(key) || Integer.parseInt(key) < parent.size());
        if (parent.isMissingNode() || (!exists && !"add".equals(kind))) {
          System.out.println("[spec] correction no longer applies (skipped): " + kind + " " + path
              + " (" + reason + ")");
          continue;
        }
        switch (kind) {
          case "add":
          case "replace":
            if (parent.isObject()) {
              ((ObjectNode) parent).set(key, op.get("value"));
            } else if ("-".equals(key)) {
              ((ArrayNode) parent).add(op.get("value"));
            } else if ("add".equals(kind)) {
              ((ArrayNode) parent).insert(Integer.parseInt(key), op.get("value"));
            } else {
              ((ArrayNode) parent).set(Integer.parseInt(key), op.get("value"));
            }
            break;
          case "remove":
            if (parent.isObject()) {
              ((ObjectNode) parent).remove(key);
            } else {
              ((ArrayNode) parent).remove(Integer.parseInt(key));
            }
            break;
          default:
            fail("Unsupported correction op '" + kind + "' at " + path);
        }
        applied++;
      }
      return applied;
    }

    private static String unescape(String token) {
      return token.replace("~1", "/").replace("~0", "~");
    }
  }

  /** Calls {@code visit} on every object node of the description, parents before children. */
  static void eachObject(JsonNode node, java.util.function.Consumer<ObjectNode> visit) {
    if (node.isObject()) {
      visit.accept((ObjectNode) node);
    }
    for (JsonNode child : node) {
      eachObject(child, visit);
    }
  }

  /**
   * Gives {@code format: int64} to every integer that a 32-bit {@code Integer} can't hold: one
   * whose format is unsigned or wider ({@code uint32}), or whose declared {@code minimum},
   * {@code maximum}, {@code example} or {@code enum} value, or its value in the enclosing
   * object's example, lies outside int32. The Java type then
   * follows from the range Pinterest documents, not from a format it forgot to write.
   */
  static final class IntegerRanges {
    private static final java.math.BigDecimal MIN = java.math.BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final java.math.BigDecimal MAX = java.math.BigDecimal.valueOf(Integer.MAX_VALUE);

    static int widen(ObjectNode root) {
      int[] count = {0};
      eachObject(root, schema -> {
        if (!"integer".equals(schema.path("type").asText())
            || "int64".equals(schema.path("format").asText())) {
          return;
        }
        String format = schema.path("format").asText("");
        boolean wide = !format.isEmpty() && !"int32".equals(format);
        for (JsonNode bound : new JsonNode[] {schema.path("minimum"), schema.path("maximum"),
            schema.path("example")}) {
          wide |= outside(bound);
        }
        for (JsonNode value : schema.path("enum")) {
          wide |= outside(value);
        }
        if (wide) {
          schema.put("format", "int64");
          count[0]++;
        }
      });
      // An object's own example documents its properties' values too.
      eachObject(root, parent -> {
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = parent.path("properties").fields();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> property = it.next();
          JsonNode schema = property.getValue();
          if ("integer".equals(schema.path("type").asText())
              && !"int64".equals(schema.path("format").asText())
              && outside(parent.path("example").path(property.getKey()))) {
            ((ObjectNode) schema).put("format", "int64");
            count[0]++;
          }
        }
      });
      return count[0];
    }

    private static boolean outside(JsonNode value) {
      if (!value.isNumber()) {
        return false;
      }
      java.math.BigDecimal number = value.decimalValue();
      return number.compareTo(MIN) < 0 || number.compareTo(MAX) > 0;
    }
  }

  /**
   * Drops {@code type: object} from a property that only wraps one {@code $ref} in an
   * {@code allOf} (to give it a description or {@code nullable}). With the type beside it, the
   * generator reads the wrapper as a free-form object inside composed schemas and the property
   * becomes {@code Object}; without it, the property takes the referenced model's type.
   */
  static final class RefWrappers {
    static int unwrap(ObjectNode root) {
      int[] count = {0};
      eachObject(root, parent -> {
        for (JsonNode property : parent.path("properties")) {
          JsonNode allOf = property.path("allOf");
          if (allOf.size() == 1 && allOf.get(0).has("$ref")
              && "object".equals(property.path("type").asText())
              && !property.has("properties") && !property.has("additionalProperties")
              && !property.has("oneOf") && !property.has("anyOf")) {
            ((ObjectNode) property).remove("type");
            count[0]++;
          }
        }
      });
      return count[0];
    }
  }

  /**
   * Marks the {@code items} property of every object that also has a {@code bookmark}, with
   * {@code x-pinterest-page-items: true}, so the model template can make it implement
   * {@code Page<T>}. Computed, not listed, so new paginated operations need no change here.
   */
  static final class PageHints {
    static int annotate(ObjectNode root) {
      int[] count = {0};
      walk(root, root, count);
      return count[0];
    }

    private static void walk(JsonNode root, JsonNode node, int[] count) {
      if (node.isObject()) {
        mark(root, (ObjectNode) node, count);
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
          walk(root, it.next(), count);
        }
      } else if (node.isArray()) {
        for (JsonNode child : node) {
          walk(root, child, count);
        }
      }
    }

    private static void mark(JsonNode root, ObjectNode schema, int[] count) {
      List<ObjectNode> parts = new ArrayList<>();
      parts.add(schema);
      for (JsonNode part : schema.path("allOf")) {
        JsonNode resolved = part.has("$ref") ? root.at(part.get("$ref").asText().substring(1)) : part;
        if (resolved.isObject()) {
          parts.add((ObjectNode) resolved);
        }
      }
      ObjectNode items = null;
      boolean bookmark = false;
      for (ObjectNode part : parts) {
        JsonNode properties = part.path("properties");
        if (!properties.isObject()) {
          continue;
        }
        JsonNode candidate = properties.path("items");
        // Upstream sometimes omits "type: array" on an allOf part's items; "items" says it.
        if (candidate.isObject() && ("array".equals(candidate.path("type").asText())
            || candidate.has("items"))) {
          items = (ObjectNode) candidate;
        }
        bookmark |= properties.path("bookmark").isObject();
      }
      if (items != null && bookmark && !items.has("x-pinterest-page-items")) {
        items.put("x-pinterest-page-items", true);
        count[0]++;
      }
    }
  }

  /**
   * Marks each schema whose {@code oneOf}/{@code anyOf} offers a non-object alternative
   * (a string or an array, say) with {@code x-pinterest-json-value: true}. Such a value can't
   * implement a Java interface, so the model template holds it as a plain JSON value instead.
   */
  static final class ValueUnionHints {
    static int annotate(ObjectNode root) {
      int[] count = {0};
      walk(root, root, count);
      return count[0];
    }

    private static void walk(JsonNode root, JsonNode node, int[] count) {
      if (node.isObject()) {
        for (String keyword : new String[] {"oneOf", "anyOf"}) {
          boolean scalar = false;
          for (JsonNode alternative : node.path(keyword)) {
            JsonNode resolved = alternative.has("$ref")
                ? root.at(alternative.get("$ref").asText().substring(1)) : alternative;
            scalar |= !isObject(resolved);
          }
          if (scalar) {
            ((ObjectNode) node).put("x-pinterest-json-value", true);
            count[0]++;
          }
        }
      }
      for (JsonNode child : node) {
        walk(root, child, count);
      }
    }

    private static boolean isObject(JsonNode schema) {
      String type = schema.path("type").asText("");
      return type.equals("object") || type.isEmpty() && (schema.has("properties")
          || schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf"));
    }
  }

  /**
   * Marks each query parameter whose schema is an object (or a union of objects) with
   * {@code x-pinterest-query-object}: {@code deepObject} for that style
   * ({@code name[key][sub]=value}), {@code form} otherwise ({@code key=value}). Such a value is
   * spread over several query pairs, which the API template sends as a {@code QueryObject}.
   */
  static final class QueryObjectHints {
    static int annotate(ObjectNode root) {
      int[] count = {0};
      eachObject(root, parameter -> {
        if (!"query".equals(parameter.path("in").asText()) || !parameter.has("name")) {
          return;
        }
        if (isObject(root, parameter.path("schema"), 0)) {
          parameter.put("x-pinterest-query-object",
              "deepObject".equals(parameter.path("style").asText()) ? "deepObject" : "form");
          count[0]++;
        }
      });
      return count[0];
    }

    private static boolean isObject(JsonNode root, JsonNode schema, int depth) {
      while (schema.has("$ref")) {
        schema = root.at(schema.get("$ref").asText().substring(1));
      }
      if ("object".equals(schema.path("type").asText()) || schema.has("properties")) {
        return true;
      }
      boolean object = false;
      for (String keyword : new String[] {"allOf", "oneOf", "anyOf"}) {
        for (JsonNode part : schema.path(keyword)) {
          object |= depth < 8 && isObject(root, part, depth + 1);
        }
      }
      return object;
    }
  }

  /**
   * Lists each OAuth security scheme's scopes as {@code x-pinterest-scopes} (constant name, value,
   * description), so a template can make a Java type of them: mustache can't turn
   * {@code boards:read_secret} into the identifier {@code BOARDS_READ_SECRET} by itself.
   */
  static final class ScopeHints {
    static void annotate(ObjectNode root) {
      JsonNode schemes = root.path("components").path("securitySchemes");
      for (Iterator<JsonNode> it = schemes.elements(); it.hasNext(); ) {
        JsonNode scheme = it.next();
        for (JsonNode flow : scheme.path("flows")) {
          ArrayNode list = ((ObjectNode) scheme).putArray("x-pinterest-scopes");
          for (Iterator<java.util.Map.Entry<String, JsonNode>> scopes = flow.path("scopes").fields();
              scopes.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> scope = scopes.next();
            list.addObject()
                .put("name", scope.getKey().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"))
                .put("value", scope.getKey())
                .put("description", scope.getValue().asText());
          }
          break;
        }
      }
    }
  }

  /**
   * Names each operation's service method and parameter class, as {@code x-pinterest-method} and
   * {@code x-pinterest-params}, and marks bookmark-paginated operations {@code x-pinterest-paged}
   * (with {@code x-pinterest-page-sized} when they take a page size); mustache can't compute any
   * of these. The rule (also in the README): split the operationId at {@code /}; drop the first
   * segment when it is the tag or its singular ({@code boards/list} in {@code boards} is
   * {@code list}), or drop that prefix from it ({@code board_sections/create} is
   * {@code sectionsCreate}); camelCase the rest. Names that would then clash within a tag (or with
   * a paged method's {@code …All} form, or a Java keyword) keep the whole operationId
   * camelCased. The parameter class is the whole operationId in PascalCase plus {@code Params}.
   */
  static final class OperationHints {
    private static final java.util.Set<String> RESERVED = new java.util.HashSet<>(Arrays.asList(
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
        "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
        "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
        "interface", "long", "native", "new", "package", "private", "protected", "public",
        "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
        "throw", "throws", "transient", "try", "void", "volatile", "while", "async", "equals",
        "hashCode", "toString", "getClass", "notify", "notifyAll", "wait"));

    static void annotate(ObjectNode root) {
      Map<String, List<ObjectNode>> byTag = new java.util.TreeMap<>();
      // By identity: an ObjectNode's hash follows its content, which this method changes.
      Map<ObjectNode, String> full = new java.util.IdentityHashMap<>();
      Map<ObjectNode, String> shortNames = new java.util.IdentityHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
        JsonNode item = paths.next().getValue();
        for (Iterator<Map.Entry<String, JsonNode>> ops = item.fields(); ops.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = ops.next();
          if (!entry.getValue().has("operationId")) {
            continue;
          }
          ObjectNode op = (ObjectNode) entry.getValue();
          String id = op.get("operationId").asText();
          String tag = op.path("tags").path(0).asText("default");
          byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(op);
          full.put(op, camel(Arrays.asList(id.split("/"))));
          shortNames.put(op, camel(shortSegments(id, tag)));
          op.put("x-pinterest-params", pascal(id) + "Params");
          markPaging(root, item, op);
          markBodyProperties(root, item, op);
        }
      }
      for (List<ObjectNode> ops : byTag.values()) {
        Map<String, Integer> uses = new HashMap<>();
        for (ObjectNode op : ops) {
          for (String name : names(shortNames.get(op), op)) {
            uses.merge(name, 1, Integer::sum);
          }
        }
        for (ObjectNode op : ops) {
          String name = shortNames.get(op);
          boolean clash = name.isEmpty() || RESERVED.contains(name);
          for (String each : names(name, op)) {
            clash |= uses.get(each) > 1;
          }
          op.put("x-pinterest-method", clash ? full.get(op) : name);
        }
      }
    }

    private static List<String> names(String name, ObjectNode op) {
      return op.has("x-pinterest-paged") ? Arrays.asList(name, name + "All")
          : java.util.Collections.singletonList(name);
    }

    private static List<String> shortSegments(String id, String tag) {
      List<String> segments = new ArrayList<>(Arrays.asList(id.split("/")));
      String singular = tag.endsWith("s") ? tag.substring(0, tag.length() - 1) : tag;
      String first = segments.get(0);
      if (segments.size() > 1 && (first.equals(tag) || first.equals(singular))) {
        segments.remove(0);
      } else if (first.startsWith(tag + "_")) {
        segments.set(0, first.substring(tag.length() + 1));
      } else if (first.startsWith(singular + "_")) {
        segments.set(0, first.substring(singular.length() + 1));
      }
      return segments;
    }

    private static void markPaging(JsonNode root, JsonNode item, ObjectNode op) {
      boolean bookmark = false;
      boolean size = false;
      for (JsonNode resolved : parameters(root, item, op)) {
        if ("query".equals(resolved.path("in").asText())) {
          bookmark |= "bookmark".equals(resolved.path("name").asText());
          size |= "page_size".equals(resolved.path("name").asText());
        }
      }
      String pageItem = pageItem(root, op);
      if (bookmark && pageItem != null) {
        op.put("x-pinterest-paged", true);
        op.put("x-pinterest-page-item", pageItem);
        if (size) {
          op.put("x-pinterest-page-sized", true);
        }
      }
    }

    /**
     * Marks {@code x-pinterest-body-properties} when the JSON body is an object whose properties
     * the parameter class may set one by one: not a union or array, and no property named like a
     * parameter (audiences/create has {@code ad_account_id} in both).
     */
    private static void markBodyProperties(JsonNode root, JsonNode item, ObjectNode op) {
      JsonNode body = op.path("requestBody");
      body = body.has("$ref") ? root.at(body.get("$ref").asText().substring(1)) : body;
      JsonNode schema = body.path("content").path("application/json").path("schema");
      schema = schema.has("$ref") ? root.at(schema.get("$ref").asText().substring(1)) : schema;
      if (!schema.path("properties").isObject() || schema.has("oneOf") || schema.has("anyOf")
          || schema.has("allOf")) {
        return;
      }
      java.util.Set<String> parameters = new java.util.HashSet<>();
      for (JsonNode resolved : parameters(root, item, op)) {
        parameters.add(camel(Arrays.asList(resolved.path("name").asText())));
      }
      for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
        if (parameters.contains(camel(Arrays.asList(names.next())))) {
          return;
        }
      }
      op.put("x-pinterest-body-properties", true);
    }

    /**
     * The schema name of the items of the page the operation answers 200 with (the property
     * {@link PageHints} marked), or null when it is no page or its items are not a named schema.
     */
    private static String pageItem(JsonNode root, ObjectNode op) {
      JsonNode schema = op.path("responses").path("200").path("content").path("application/json")
          .path("schema");
      List<JsonNode> parts = new ArrayList<>();
      parts.add(schema.has("$ref") ? root.at(schema.get("$ref").asText().substring(1)) : schema);
      for (JsonNode part : parts.get(0).path("allOf")) {
        parts.add(part.has("$ref") ? root.at(part.get("$ref").asText().substring(1)) : part);
      }
      for (JsonNode part : parts) {
        JsonNode items = part.path("properties").path("items");
        String ref = items.path("items").path("$ref").asText("");
        if (items.path("x-pinterest-page-items").asBoolean() && ref.startsWith("#/components/schemas/")) {
          String name = ref.substring("#/components/schemas/".length());
          return name.matches("[A-Z][A-Za-z0-9]*") ? name : null;
        }
      }
      return null;
    }

    /** The operation's parameters and its path's, references resolved. */
    private static List<JsonNode> parameters(JsonNode root, JsonNode item, ObjectNode op) {
      List<JsonNode> resolved = new ArrayList<>();
      for (JsonNode list : Arrays.asList(item.path("parameters"), op.path("parameters"))) {
        for (JsonNode parameter : list) {
          resolved.add(parameter.has("$ref")
              ? root.at(parameter.get("$ref").asText().substring(1)) : parameter);
        }
      }
      return resolved;
    }

    private static String camel(List<String> segments) {
      String pascal = pascal(String.join("_", segments));
      return pascal.isEmpty() ? "" : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    private static String pascal(String text) {
      StringBuilder out = new StringBuilder();
      boolean upper = true;
      for (char c : text.toCharArray()) {
        if (!Character.isLetterOrDigit(c)) {
          upper = true;
        } else {
          out.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return out.toString();
    }
  }

  private PrepareSpec() {}
}
