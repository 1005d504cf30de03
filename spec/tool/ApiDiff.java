import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiField;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Java side of a version bump: builds the whole project (examples included) on each of two
 * Pinterest descriptions, with no code change, then compares the library jars with japicmp and
 * lists every source- or binary-incompatible change of the public API. A change is "explained"
 * when it belongs to an operation or schema that the description's own diff (DiffSpec, which
 * writes {@code explained=}) reports as removed or changed incompatibly; any other fails the run.
 *
 * <p>Run by the version-diff profile of spec/pom.xml after DiffSpec:
 * {@code ./mvnw -q -pl spec -Pversion-diff validate -Dfrom=OLD.yaml -Dto=NEW.yaml}. Each build is a
 * copy of this checkout under {@code out=} (target directories left behind), so the working tree
 * and the local repository are never touched ({@code package}, never {@code install}).
 */
public final class ApiDiff {
  private static final List<String> JARS = Arrays.asList(
      "pinterest-api-generated/target/pinterest-api-generated-%s.jar",
      "pinterest-api-extras/target/pinterest-api-extras-%s.jar");
  private static final String PACKAGE = "io.github.pinterestapi.v5.";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put(arg.substring(0, eq), arg.substring(eq + 1).trim());
    }
    Path root = Paths.get(options.get("root")).toAbsolutePath();
    Path out = Paths.get(options.get("out")).toAbsolutePath();
    boolean offline = Boolean.parseBoolean(options.getOrDefault("offline", "false"));
    Path from = Paths.get(options.get("from")).toAbsolutePath();
    Path to = Paths.get(options.get("to")).toAbsolutePath();
    String projectVersion = projectVersion(root);

    // reuse=true compares the builds of an earlier run again (to iterate on this tool).
    boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
    Path oldTree = reuse ? out.resolve("from/project") : build(root, out.resolve("from"), from, offline);
    Path newTree = reuse ? out.resolve("to/project") : build(root, out.resolve("to"), to, offline);

    Set<String> explains = new TreeSet<>(Files.readAllLines(Paths.get(options.get("explained")),
        StandardCharsets.UTF_8));
    Map<String, String> owners = owners(oldTree);
    owners.putAll(owners(newTree));

    List<String> explained = new ArrayList<>();
    List<String> unexplained = new ArrayList<>();
    for (String jar : JARS) {
      String path = String.format(jar, projectVersion);
      for (String change : incompatibleChanges(oldTree.resolve(path), newTree.resolve(path))) {
        String owner = ownerOf(change, owners);
        if (owner != null && explains.contains(owner)) {
          explained.add(change + "   <- " + owner);
        } else {
          unexplained.add(change);
        }
      }
    }
    System.out.println();
    System.out.println("# Java API: " + from + " -> " + to + " (japicmp, public API of "
        + "pinterest-api-generated and pinterest-api-extras)");
    print("Incompatible changes the description's diff explains", explained);
    print("Incompatible changes it does not explain", unexplained);
    Files.write(out.resolve("api-diff.txt"), concat(explained, unexplained), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("Both builds (examples included) succeeded with no code change.");
    if (!unexplained.isEmpty()) {
      System.err.println("[api-diff] " + unexplained.size() + " incompatible API change(s) that "
          + "the description's diff does not explain; see above");
      System.exit(1);
    }
  }

  /** Copies the checkout (without build output) to {@code dir} and packages it on {@code spec}. */
  private static Path build(Path root, Path dir, Path spec, boolean offline) throws Exception {
    Path tree = dir.resolve("project");
    deleteTree(tree);
    copyTree(root, tree);
    String version = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile())
        .path("info").path("version").asText();
    List<String> command = new ArrayList<>(Arrays.asList(
        // Javadoc jars say nothing about compatibility and take minutes; skip them.
        tree.resolve("mvnw").toString(), "-B", "-ntp", "-q", "package", "-DskipTests",
        "-Dmaven.javadoc.skip=true",
        "-Dpinterest.spec.file=" + spec, "-Dpinterest.spec.version=" + version,
        "-Dpinterest.spec.sha256=" + sha256(Files.readAllBytes(spec))));
    if (offline) {
      command.add("-o");
    }
    System.out.println("[api-diff] building the project on " + spec + " (" + version + ") in " + tree);
    Process process = new ProcessBuilder(command).directory(tree.toFile()).inheritIO().start();
    if (process.waitFor() != 0) {
      System.err.println("[api-diff] the project does not build on " + spec
          + " with no code change; see the output above");
      System.exit(1);
    }
    return tree;
  }

  private static List<String> incompatibleChanges(Path oldJar, Path newJar) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(AccessModifier.PUBLIC);
    options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
    List<JApiClass> classes = new JarArchiveComparator(options).compare(
        new JApiCmpArchive(oldJar.toFile(), "old"), new JApiCmpArchive(newJar.toFile(), "new"));
    List<String> changes = new ArrayList<>();
    for (JApiClass type : classes) {
      String name = type.getFullyQualifiedName();
      add(changes, name, "", type.getCompatibilityChanges());
      for (JApiBehavior method : type.getMethods()) {
        add(changes, name, "#" + method.getName(), method.getCompatibilityChanges());
      }
      for (JApiBehavior constructor : type.getConstructors()) {
        add(changes, name, "#<init>", constructor.getCompatibilityChanges());
      }
      for (JApiField field : type.getFields()) {
        add(changes, name, "#" + field.getName(), field.getCompatibilityChanges());
      }
    }
    return changes;
  }

  private static void add(List<String> changes, String type, String member,
      List<JApiCompatibilityChange> found) {
    for (JApiCompatibilityChange change : found) {
      if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
        changes.add(type + member + ": " + change.getType()
            + (change.isBinaryCompatible() ? "" : " [binary]")
            + (change.isSourceCompatible() ? "" : " [source]"));
      }
    }
  }

  /**
   * Which operation or schema each generated Java name belongs to, from a build's corrected
   * description: parameter classes, service and Retrofit methods, and models by schema name.
   */
  private static Map<String, String> owners(Path tree) throws IOException {
    JsonNode root = new ObjectMapper().readTree(
        tree.resolve("spec/target/openapi/pinterest-openapi.json").toFile());
    Map<String, String> owners = new HashMap<>();
    for (Iterator<JsonNode> items = root.path("paths").elements(); items.hasNext(); ) {
      for (Iterator<JsonNode> ops = items.next().elements(); ops.hasNext(); ) {
        JsonNode op = ops.next();
        if (!op.has("operationId")) {
          continue;
        }
        String owner = "operation " + op.get("operationId").asText();
        String pascal = op.path("x-pinterest-params").asText().replaceAll("Params$", "");
        owners.put("params." + pascal + "Params", owner);
        owners.put("model." + pascal, owner); // inline request and response models
        String service = "services." + pascal(op.path("tags").path(0).asText()) + "Service";
        owners.put(service + "#" + op.path("x-pinterest-method").asText(), owner);
        owners.put(service + "#" + op.path("x-pinterest-method").asText() + "All", owner);
        owners.put("api." + pascal(op.path("tags").path(0).asText()) + "Api#"
            + Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1), owner);
      }
    }
    for (Iterator<String> schemas = root.path("components").path("schemas").fieldNames();
        schemas.hasNext(); ) {
      String schema = schemas.next();
      owners.put("model." + pascal(schema), "schema " + schema);
    }
    return owners;
  }

  /** The owner of a change line: by member, then by class, then by the longest model prefix. */
  private static String ownerOf(String change, Map<String, String> owners) {
    String name = change.substring(0, change.indexOf(':'));
    if (!name.startsWith(PACKAGE)) {
      return null;
    }
    String local = name.substring(PACKAGE.length());
    String type = local.replaceAll("#.*$", "").replaceAll("\\$.*", "");
    if (local.contains("#") && owners.containsKey(local.replaceAll("\\$[^#]*", ""))) {
      return owners.get(local.replaceAll("\\$[^#]*", ""));
    }
    if (owners.containsKey(type)) {
      return owners.get(type);
    }
    String best = null;
    for (String key : owners.keySet()) {
      if (key.startsWith("model.") && type.startsWith(key)
          && (best == null || key.length() > best.length())) {
        best = key;
      }
    }
    return best == null ? null : owners.get(best);
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

  private static String projectVersion(Path root) throws IOException {
    String pom = new String(Files.readAllBytes(root.resolve("pom.xml")), StandardCharsets.UTF_8);
    int artifact = pom.indexOf("<artifactId>pinterest-api-parent</artifactId>");
    int start = pom.indexOf("<version>", artifact) + "<version>".length();
    return pom.substring(start, pom.indexOf("</version>", start)).trim();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<Path>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!dir.equals(from) && (name.equals("target") || name.equals(".git")
            || name.equals("node_modules"))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()),
            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void deleteTree(Path tree) throws IOException {
    if (!Files.exists(tree)) {
      return;
    }
    Files.walkFileTree(tree, new SimpleFileVisitor<Path>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static String sha256(byte[] bytes) throws Exception {
    StringBuilder hex = new StringBuilder();
    for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }

  private static void print(String title, List<String> lines) {
    System.out.println();
    System.out.println("## " + title + " (" + lines.size() + ")");
    for (String line : lines) {
      System.out.println("- " + line);
    }
  }

  private static List<String> concat(List<String> explained, List<String> unexplained) {
    List<String> all = new ArrayList<>();
    for (String line : explained) {
      all.add("explained  " + line);
    }
    for (String line : unexplained) {
      all.add("UNEXPLAINED  " + line);
    }
    return all;
  }

  private ApiDiff() {}
}
