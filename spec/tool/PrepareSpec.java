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
  private static final String TOOL_REVISION = "13";

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
    int constants = ConstantHints.annotate(root);
    int overrides = UnionOverrideHints.annotate(root);
    int docs = DocHints.annotate(root);
    validate(root);

    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path tmp = outDir.resolve("pinterest-openapi.json.tmp");
    json.writeValue(tmp.toFile(), root);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.write(stamp, inputs.getBytes(StandardCharsets.UTF_8));
    System.out.println("[spec] upstream " + version + " (sha256 ok) + " + applied
        + " corrections, " + widened + " integers widened to int64, " + unwrapped
        + " single-$ref wrappers unwrapped, " + queryObjects + " object query parameters, " + pages + " bookmark pages and " + values
        + " value unions marked, " + constants + " constant properties preset, " + overrides
        + " alternatives of several unions, " + docs + " descriptions rendered as javadoc -> "
        + out);
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

  /**
   * Gives each operation, parameter, request body and schema that has a {@code description} (or a
   * schema {@code title}, an operation {@code summary}) an {@code x-pinterest-doc}: the text as
   * javadoc lines, rendered by {@link JavadocText}. The generator would escape the description
   * itself as HTML and flatten its lines; the templates print these lines as they are.
   */
  static final class DocHints {
    private static final int MAX_DEPTH = 64;

    static int annotate(ObjectNode root) {
      int[] count = {0};
      for (JsonNode item : root.path("paths")) {
        for (JsonNode parameter : item.path("parameters")) {
          parameter(parameter, count);
        }
        for (JsonNode op : item) {
          if (!op.isObject() || !op.has("responses")) {
            continue;
          }
          String summary = op.path("summary").asText("").trim();
          String description = op.path("description").asText("").trim();
          put((ObjectNode) op, joined(summary, description), false, count);
          for (JsonNode parameter : op.path("parameters")) {
            parameter(parameter, count);
          }
          body(op.path("requestBody"), count);
          for (JsonNode response : op.path("responses")) {
            content(response, count);
          }
        }
      }
      JsonNode components = root.path("components");
      for (JsonNode schema : components.path("schemas")) {
        schema(schema, count, 0);
      }
      for (JsonNode parameter : components.path("parameters")) {
        parameter(parameter, count);
      }
      for (JsonNode body : components.path("requestBodies")) {
        body(body, count);
      }
      for (JsonNode response : components.path("responses")) {
        content(response, count);
      }
      return count[0];
    }

    private static String joined(String first, String rest) {
      if (first.isEmpty() || rest.isEmpty() || rest.startsWith(first)) {
        return first.isEmpty() ? rest : rest.isEmpty() ? first : rest;
      }
      boolean stops = first.endsWith(".") || first.endsWith("!") || first.endsWith("?");
      return first + (stops ? "" : ".") + "\n\n" + rest;
    }

    private static void parameter(JsonNode parameter, int[] count) {
      if (parameter.isObject() && !parameter.has("$ref")) {
        put((ObjectNode) parameter, parameter.path("description").asText(""), true, count);
        schema(parameter.path("schema"), count, 0);
      }
    }

    private static void body(JsonNode body, int[] count) {
      if (body.isObject() && !body.has("$ref")) {
        put((ObjectNode) body, body.path("description").asText(""), true, count);
        content(body, count);
      }
    }

    private static void content(JsonNode holder, int[] count) {
      for (JsonNode media : holder.path("content")) {
        schema(media.path("schema"), count, 0);
      }
    }

    private static void schema(JsonNode schema, int[] count, int depth) {
      if (!schema.isObject() || schema.has("$ref") || depth > MAX_DEPTH) {
        return;
      }
      String title = schema.path("title").isTextual() ? schema.path("title").asText().trim() : "";
      String description = schema.path("description").isTextual()
          ? schema.path("description").asText().trim() : "";
      put((ObjectNode) schema, joined(title, description), false, count);
      for (JsonNode property : schema.path("properties")) {
        schema(property, count, depth + 1);
      }
      schema(schema.path("items"), count, depth + 1);
      schema(schema.path("additionalProperties"), count, depth + 1);
      schema(schema.path("not"), count, depth + 1);
      for (String keyword : new String[] {"allOf", "oneOf", "anyOf"}) {
        for (JsonNode part : schema.path(keyword)) {
          schema(part, count, depth + 1);
        }
      }
    }

    private static void put(ObjectNode node, String text, boolean compact, int[] count) {
      List<String> lines = JavadocText.lines(text, compact);
      if (!lines.isEmpty() && !node.has("x-pinterest-doc")) {
        ArrayNode array = node.putArray("x-pinterest-doc");
        lines.forEach(array::add);
        count[0]++;
      }
    }
  }

  /**
   * Marks with {@code x-pinterest-constant} each required property that allows one value only (a
   * one-value {@code enum}, as a discriminator in a union's alternative is): the model presets it,
   * so {@code new PinMediaSourceImageURL().url(u)} is already a valid image_url source.
   */
  static final class ConstantHints {
    static int annotate(ObjectNode root) {
      int[] count = {0};
      eachObject(root, schema -> {
        JsonNode properties = schema.path("properties");
        if (!properties.isObject()) {
          return;
        }
        for (JsonNode required : schema.path("required")) {
          JsonNode property = properties.path(required.asText());
          if (property.isObject() && !property.has("$ref") && property.path("enum").size() == 1
              && !property.path("enum").get(0).isNull()) {
            ((ObjectNode) property).put("x-pinterest-constant", true);
            count[0]++;
          }
        }
      });
      return count[0];
    }
  }

  /**
   * Gives {@code x-pinterest-union-overrides} to each schema that is an alternative of two or
   * more {@code oneOf} unions: the union interfaces both offer {@code isX()}/{@code asX()} for
   * the alternatives they share, as default methods, and Java makes a class that inherits two of
   * them choose. The list names every alternative of those unions, and whether it is the schema
   * itself, so the model template writes the choice. Names are schema names, which are the Java
   * class names of schemas named in PascalCase (others are left out).
   */
  static final class UnionOverrideHints {
    static int annotate(ObjectNode root) {
      Map<String, java.util.Set<java.util.List<String>>> unionsOf = new java.util.TreeMap<>();
      eachObject(root, node -> {
        if (!node.has("oneOf") || node.path("x-pinterest-json-value").asBoolean()) {
          return;
        }
        List<String> alternatives = new ArrayList<>();
        for (JsonNode alternative : node.path("oneOf")) {
          String ref = alternative.path("$ref").asText("");
          if (ref.startsWith("#/components/schemas/")) {
            alternatives.add(ref.substring("#/components/schemas/".length()));
          }
        }
        for (String name : alternatives) {
          unionsOf.computeIfAbsent(name, n -> new java.util.HashSet<>()).add(alternatives);
        }
      });
      int count = 0;
      JsonNode schemas = root.path("components").path("schemas");
      for (Map.Entry<String, java.util.Set<java.util.List<String>>> entry : unionsOf.entrySet()) {
        JsonNode schema = schemas.path(entry.getKey());
        if (entry.getValue().size() < 2 || !schema.isObject()) {
          continue;
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        entry.getValue().forEach(names::addAll);
        ArrayNode list = ((ObjectNode) schema).putArray("x-pinterest-union-overrides");
        for (String name : names) {
          if (name.matches("[A-Z][A-Za-z0-9]*")) {
            list.addObject().put("name", name).put("self", name.equals(entry.getKey()));
          }
        }
        count++;
      }
      return count;
    }
  }

  /**
   * Renders Pinterest's description text, Markdown mixed with a little HTML, as javadoc lines: the
   * templates print each one after {@code " *"} with no escaping of their own. Paragraphs,
   * {@code -}/{@code *}/{@code 1.} lists, code spans, {@code **bold**}, {@code *emphasis*},
   * {@code [links](…)} and the harmless HTML tags become javadoc HTML; relative links become
   * absolute under {@link #SITE}; any other {@code <}, {@code &}, {@code @}, backslash and
   * {@code * /} are escaped so that no text can end the comment, start a tag or hide a unicode
   * escape. The text is untrusted: one pass per nesting level (at most {@link #MAX_DEPTH}), no
   * regex, lookahead bounded by precomputed next-position tables or by {@link #TAG_LIMIT}.
   */
  static final class JavadocText {
    static final String SITE = "https://developers.pinterest.com";
    private static final int WIDTH = 88;
    private static final int MAX_DEPTH = 3;
    private static final int TAG_LIMIT = 400;
    private static final java.util.Set<String> TAGS = new java.util.HashSet<>(Arrays.asList(
        "a", "b", "strong", "i", "em", "code", "br", "p", "ul", "ol", "li", "pre", "u", "sup",
        "sub", "tt", "blockquote"));

    /** Javadoc lines, each starting with a space, or empty for a blank line; none when blank. */
    static List<String> lines(String markdown, boolean compact) {
      StringBuilder html = new StringBuilder();
      for (String[] block : blocks(markdown)) {
        if (block[0].equals("p")) {
          html.append("<p>").append(inline(block[1], 0));
        } else {
          html.append('<').append(block[0]).append('>');
          for (int i = 1; i < block.length; i++) {
            html.append("<li>").append(inline(block[i], 0));
          }
          html.append("</").append(block[0]).append('>');
        }
      }
      return layout(html.toString(), compact);
    }

    private static final String[] STRUCTURE = {"<p>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>",
        "</li>"};

    /**
     * Lays rendered HTML out as javadoc: a paragraph after a blank line and {@code <p>} (none
     * before the first), each list tag and item on a line of its own, indented by depth.
     */
    private static List<String> layout(String html, boolean compact) {
      List<String> out = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      String prefix = " ";
      int depth = 0;
      int i = 0;
      while (i < html.length()) {
        String mark = null;
        if (html.charAt(i) == '<') {
          for (String candidate : STRUCTURE) {
            if (html.startsWith(candidate, i)) {
              mark = candidate;
            }
          }
        }
        if (mark == null) {
          text.append(html.charAt(i));
          i++;
          continue;
        }
        i += mark.length();
        String indent = " " + "  ".repeat(depth);
        if (mark.equals("<p>")) {
          if (depth > 0) {
            text.append(text.toString().trim().equals("<li>") ? "" : " ");
            continue;
          }
          flush(text, prefix, out);
          if (!out.isEmpty()) {
            if (!compact) {
              out.add("");
            }
            text.append("<p>");
          }
          prefix = " ";
        } else if (mark.equals("<li>")) {
          flush(text, prefix, out);
          text.append("<li>");
          prefix = indent;
        } else if (mark.equals("</li>")) {
          flush(text, prefix, out);
        } else if (mark.startsWith("</")) {
          flush(text, prefix, out);
          depth = Math.max(0, depth - 1);
          out.add(" " + "  ".repeat(depth) + mark);
          prefix = " " + "  ".repeat(depth);
        } else {
          flush(text, prefix, out);
          if (depth == 0 && !out.isEmpty() && !compact) {
            out.add("");
          }
          out.add(indent + mark);
          depth++;
          prefix = indent + "  ";
        }
      }
      flush(text, prefix, out);
      while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
        out.remove(out.size() - 1);
      }
      return out;
    }

    private static void flush(StringBuilder text, String prefix, List<String> out) {
      String content = text.toString().trim();
      text.setLength(0);
      if (!content.isEmpty() && !content.equals("<p>")) {
        boolean item = content.startsWith("<li>");
        wrap(content, prefix, prefix + (item ? "    " : ""), out);
      } else if (content.equals("<p>") && !out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
        out.remove(out.size() - 1);
      }
    }

    /** Splits the text into paragraphs {"p", text} and lists {"ul"|"ol", item, item, …}. */
    private static List<String[]> blocks(String text) {
      List<String[]> blocks = new ArrayList<>();
      List<String> items = null;
      String listKind = null;
      StringBuilder current = null;
      boolean blankSince = false;
      for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
        String line = raw.trim();
        if (line.isEmpty()) {
          current = flushParagraph(blocks, items == null ? current : null);
          if (items == null) {
            current = null;
          }
          blankSince = true;
          continue;
        }
        int marker = listMarker(line);
        int heading = headingMarker(line);
        if (marker > 0) {
          String kind = Character.isDigit(line.charAt(0)) ? "ol" : "ul";
          if (items == null || !kind.equals(listKind)) {
            flushParagraph(blocks, items == null ? current : null);
            flushList(blocks, listKind, items);
            items = new ArrayList<>();
            listKind = kind;
          }
          current = new StringBuilder(line.substring(marker).trim());
          items.add(current.toString());
        } else if (items != null && !blankSince) {
          current.append(' ').append(line);
          items.set(items.size() - 1, current.toString());
        } else {
          if (items != null) {
            flushList(blocks, listKind, items);
            items = null;
            current = null;
          }
          if (heading > 0) {
            flushParagraph(blocks, current);
            blocks.add(new String[] {"p", "**" + line.substring(heading).trim() + "**"});
            current = null;
          } else if (current == null) {
            current = new StringBuilder(line);
          } else {
            current.append(' ').append(line);
          }
        }
        blankSince = false;
      }
      if (items != null) {
        flushList(blocks, listKind, items);
      } else {
        flushParagraph(blocks, current);
      }
      return blocks;
    }

    private static StringBuilder flushParagraph(List<String[]> blocks, StringBuilder paragraph) {
      if (paragraph != null && paragraph.length() > 0) {
        blocks.add(new String[] {"p", paragraph.toString()});
      }
      return null;
    }

    private static void flushList(List<String[]> blocks, String kind, List<String> items) {
      if (items != null && !items.isEmpty()) {
        List<String> block = new ArrayList<>();
        block.add(kind);
        block.addAll(items);
        blocks.add(block.toArray(new String[0]));
      }
    }

    /** Length of a list marker ({@code - }, {@code * }, {@code + }, {@code 12. }), else 0. */
    private static int listMarker(String line) {
      char first = line.charAt(0);
      if ((first == '-' || first == '*' || first == '+') && line.length() > 1
          && line.charAt(1) == ' ') {
        return 2;
      }
      int digits = 0;
      while (digits < line.length() && digits < 9 && Character.isDigit(line.charAt(digits))) {
        digits++;
      }
      return digits > 0 && line.length() > digits + 1 && line.charAt(digits) == '.'
          && line.charAt(digits + 1) == ' ' ? digits + 2 : 0;
    }

    private static int headingMarker(String line) {
      int hashes = 0;
      while (hashes < line.length() && hashes < 7 && line.charAt(hashes) == '#') {
        hashes++;
      }
      return hashes > 0 && hashes < 7 && line.length() > hashes && line.charAt(hashes) == ' '
          ? hashes + 1 : 0;
    }

    /** Greedy wrap at spaces; the first line gets {@code first}, the others {@code rest}. */
    private static void wrap(String text, String first, String rest, List<String> out) {
      StringBuilder line = new StringBuilder(first);
      boolean empty = true;
      for (String word : text.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        if (!empty && line.length() + 1 + word.length() > WIDTH) {
          out.add(line.toString());
          line = new StringBuilder(rest);
          empty = true;
        }
        if (!empty) {
          line.append(' ');
        }
        line.append(word);
        empty = false;
      }
      if (!empty) {
        out.add(line.toString());
      }
    }

    /** Next position at or after each index holding {@code c}, or -1. */
    private static int[] next(String s, char c) {
      int[] next = new int[s.length() + 2];
      next[s.length()] = -1;
      next[s.length() + 1] = -1;
      for (int i = s.length() - 1; i >= 0; i--) {
        next[i] = s.charAt(i) == c ? i : next[i + 1];
      }
      return next;
    }

    /** Inline Markdown and HTML of one block, as javadoc HTML. */
    static String inline(String s, int depth) {
      int[] tick = next(s, '`');
      int[] close = next(s, ']');
      int[] open = next(s, '[');
      int[] paren = next(s, ')');
      int[] star = next(s, '*');
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '`') {
          int end = i + 1 < s.length() && s.charAt(i + 1) != '`' ? tick[i + 1] : -1;
          if (end > i + 1) {
            out.append(code(s.substring(i + 1, end)));
            i = end + 1;
            continue;
          }
          while (i < s.length() && s.charAt(i) == '`') {
            out.append('`');
            i++;
          }
          continue;
        }
        if (c == '[' && depth < MAX_DEPTH) {
          int end = close[i + 1];
          int nested = open[i + 1];
          if (end > 0 && (nested < 0 || nested > end) && end + 1 < s.length()
              && s.charAt(end + 1) == '(' && paren[end + 2] > 0) {
            int stop = paren[end + 2];
            String target = s.substring(end + 2, stop).trim();
            int space = target.indexOf(' ');
            String url = absolute(space < 0 ? target : target.substring(0, space));
            String label = inline(s.substring(i + 1, end), depth + 1);
            out.append(url == null ? label : "<a href=\"" + url + "\">" + label + "</a>");
            i = stop + 1;
            continue;
          }
        }
        if (c == '*' && depth < MAX_DEPTH) {
          boolean strong = i + 1 < s.length() && s.charAt(i + 1) == '*';
          int from = i + (strong ? 2 : 1);
          int end = from < s.length() && s.charAt(from) != ' ' ? star[from] : -1;
          boolean fits = end > from && s.charAt(end - 1) != ' '
              && (strong ? end + 1 < s.length() && s.charAt(end + 1) == '*'
                  : end + 1 >= s.length() || s.charAt(end + 1) != '*');
          if (fits) {
            String tag = strong ? "b" : "em";
            out.append('<').append(tag).append('>').append(inline(s.substring(from, end), depth + 1))
                .append("</").append(tag).append('>');
            i = end + (strong ? 2 : 1);
            continue;
          }
        }
        if (c == '<') {
          int end = tag(s, i, out);
          if (end > i) {
            i = end;
            continue;
          }
        }
        if (c == '&') {
          int entity = i + 1;
          while (entity < s.length() && entity - i < 8 && s.charAt(entity) != ';') {
            entity++;
          }
          String plain = entity < s.length() && s.charAt(entity) == ';'
              ? PLAIN.get(s.substring(i, entity + 1)) : null;
          if (plain != null) {
            out.append(plain);
            i = entity + 1;
            continue;
          }
        }
        if (c == '\\' && i + 1 < s.length() && isPunctuation(s.charAt(i + 1))) {
          text(s.charAt(i + 1), s, i + 1, out);
          i += 2;
          continue;
        }
        text(c, s, i, out);
        i++;
      }
      return out.toString().replace("*/", "*&#47;");
    }

    /** Entities that stand for plain characters, which read better as themselves. */
    private static final Map<String, String> PLAIN = new HashMap<>();

    static {
      for (String quote : new String[] {"&quot;", "&#34;", "&#x22;"}) {
        PLAIN.put(quote, "\"");
      }
      for (String apostrophe : new String[] {"&apos;", "&#39;", "&#x27;"}) {
        PLAIN.put(apostrophe, "'");
      }
      for (String backtick : new String[] {"&#96;", "&#x60;"}) {
        PLAIN.put(backtick, "`");
      }
      for (String equals : new String[] {"&#61;", "&#x3D;", "&#x3d;"}) {
        PLAIN.put(equals, "=");
      }
    }

    private static boolean isPunctuation(char c) {
      return c < 128 && !Character.isLetterOrDigit(c) && c > ' ';
    }

    /** One character of plain text. */
    private static void text(char c, String s, int i, StringBuilder out) {
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '@':
          out.append("&#64;");
          break;
        case '\\':
          out.append("&#92;");
          break;
        case '&':
          out.append(isEntity(s, i) ? "&" : "&amp;");
          break;
        case '\t':
        case '\n':
          out.append(' ');
          break;
        default:
          if (c >= ' ') {
            out.append(c);
          }
      }
    }

    /** Whether {@code &} at {@code i} starts {@code &name;} or {@code &#123;} (10 chars at most). */
    private static boolean isEntity(String s, int i) {
      int j = i + 1;
      boolean numeric = j < s.length() && s.charAt(j) == '#';
      if (numeric) {
        j++;
      }
      int start = j;
      while (j < s.length() && j - i < 10 && (numeric ? Character.isLetterOrDigit(s.charAt(j))
          : Character.isLetter(s.charAt(j)))) {
        j++;
      }
      return j > start && j < s.length() && s.charAt(j) == ';';
    }

    /**
     * An HTML tag at {@code i}: a known one is written back without attributes (a link keeps its
     * {@code href}, made absolute). Returns the index after it, or {@code i} when it is not one.
     */
    private static int tag(String s, int i, StringBuilder out) {
      int j = i + 1;
      boolean closing = j < s.length() && s.charAt(j) == '/';
      if (closing) {
        j++;
      }
      int nameStart = j;
      while (j < s.length() && Character.isLetter(s.charAt(j))) {
        j++;
      }
      String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
      int end = -1;
      for (int k = j; k < s.length() && k - i < TAG_LIMIT; k++) {
        char c = s.charAt(k);
        if (c == '>') {
          end = k;
          break;
        }
        if (c == '<') {
          break;
        }
      }
      if (!TAGS.contains(name) || end < 0) {
        return i;
      }
      if (closing) {
        if (!name.equals("p") && !name.equals("br")) {
          out.append("</").append(name).append('>');
        }
        return end + 1;
      }
      if (name.equals("a")) {
        String url = absolute(attribute(s.substring(j, end), "href"));
        out.append(url == null ? "<a>" : "<a href=\"" + url + "\">");
      } else {
        out.append('<').append(name).append('>');
      }
      return end + 1;
    }

    /** The value of {@code name="…"} (or '…', or bare) among a tag's attributes, or null. */
    private static String attribute(String attributes, String name) {
      String lower = attributes.toLowerCase(Locale.ROOT);
      int at = lower.indexOf(name);
      if (at < 0) {
        return null;
      }
      int k = at + name.length();
      while (k < attributes.length() && attributes.charAt(k) == ' ') {
        k++;
      }
      if (k >= attributes.length() || attributes.charAt(k) != '=') {
        return null;
      }
      k++;
      while (k < attributes.length() && attributes.charAt(k) == ' ') {
        k++;
      }
      if (k >= attributes.length()) {
        return null;
      }
      char quote = attributes.charAt(k);
      if (quote == '"' || quote == '\'') {
        int stop = attributes.indexOf(quote, k + 1);
        return stop < 0 ? null : attributes.substring(k + 1, stop);
      }
      int stop = k;
      while (stop < attributes.length() && attributes.charAt(stop) != ' '
          && attributes.charAt(stop) != '/') {
        stop++;
      }
      return attributes.substring(k, stop);
    }

    /** The link made absolute on Pinterest's site, escaped for an attribute; null if unsafe. */
    static String absolute(String url) {
      if (url == null || url.trim().isEmpty()) {
        return null;
      }
      String u = url.trim();
      String lower = u.toLowerCase(Locale.ROOT);
      String full;
      if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
        full = u;
      } else if (u.startsWith("//")) {
        full = "https:" + u;
      } else if (u.startsWith("/")) {
        full = SITE + u;
      } else if (u.startsWith("#")) {
        full = SITE + "/docs/api/v5/" + u;
      } else if (u.indexOf(':') >= 0 && u.indexOf(':') < Math.max(0, u.indexOf('/'))
          || u.indexOf(':') >= 0 && u.indexOf('/') < 0) {
        return null;  // another scheme (javascript:, data:, …)
      } else {
        full = SITE + "/" + u;
      }
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < full.length(); i++) {
        char c = full.charAt(i);
        switch (c) {
          case '"': out.append("%22"); break;
          case '<': out.append("%3C"); break;
          case '>': out.append("%3E"); break;
          case ' ': out.append("%20"); break;
          case '\\': out.append("%5C"); break;
          case '@': out.append("%40"); break;
          case '&': out.append("&amp;"); break;
          default:
            if (c > ' ' && c != 127) {
              out.append(c);
            }
        }
      }
      return out.toString().replace("*/", "*%2F");
    }

    /** A code span: {@code {@code …}} when that is safe, else {@code <code>} with escapes. */
    private static String code(String content) {
      boolean plain = content.indexOf('{') < 0 && content.indexOf('}') < 0
          && content.indexOf('@') < 0 && content.indexOf('\\') < 0 && !content.contains("*/")
          && !content.startsWith(" ") && !content.endsWith(" ");
      if (plain) {
        return "{@code " + content + "}";
      }
      StringBuilder out = new StringBuilder("<code>");
      for (int i = 0; i < content.length(); i++) {
        text(content.charAt(i), content, i, out);
      }
      return out.append("</code>").toString();
    }
  }

  private PrepareSpec() {}
}
