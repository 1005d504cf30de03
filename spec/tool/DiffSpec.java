import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Reports what moving between two versions of Pinterest's description brings, using openapi-diff:
 * operations added, removed and changed (breaking or not), and component schemas added, removed and
 * changed. Writes a summary to stdout and openapi-diff's full Markdown report to a file.
 *
 * <p>Run by {@code ./mvnw -q -pl spec -Pversion-diff -Dfrom=OLD.yaml -Dto=NEW.yaml}.
 */
public final class DiffSpec {
  public static void main(String[] args) throws Exception {
    File from = new File(args[0]);
    File to = new File(args[1]);
    File report = new File(args[2]);
    // What the description itself says changed incompatibly, for ApiDiff to explain the Java
    // API's incompatible changes with: operationIds and schema names, one per line.
    Set<String> explains = new TreeSet<>();
    ChangedOpenApi diff = OpenApiCompare.fromFiles(from, to);

    System.out.println("# Pinterest description: " + version(diff.getOldSpecOpenApi()) + " -> "
        + version(diff.getNewSpecOpenApi()));
    list("Operations added", operations(diff.getNewEndpoints()));
    list("Operations removed (breaking)", operations(diff.getMissingEndpoints()));
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      explains.add("operation " + endpoint.getOperation().getOperationId());
    }
    Set<String> breaking = new TreeSet<>();
    Set<String> compatible = new TreeSet<>();
    for (ChangedOperation changed : diff.getChangedOperations()) {
      String name = describe(changed.getNewOperation(), changed.getHttpMethod().name(),
          changed.getPathUrl());
      (changed.isIncompatible() ? breaking : compatible).add(name);
      if (changed.isIncompatible()) {
        explains.add("operation " + changed.getNewOperation().getOperationId());
      }
    }
    list("Operations changed, breaking", breaking);
    list("Operations changed, compatible", compatible);

    Set<String> oldSchemas = schemaNames(diff.getOldSpecOpenApi());
    Set<String> newSchemas = schemaNames(diff.getNewSpecOpenApi());
    Set<String> added = new TreeSet<>(newSchemas);
    added.removeAll(oldSchemas);
    Set<String> removed = new TreeSet<>(oldSchemas);
    removed.removeAll(newSchemas);
    list("Schemas added", added);
    list("Schemas removed", removed);
    // openapi-diff reports schema changes inside the operations that use them; for the
    // maintainer's checklist also name the component schemas whose definition differs.
    Set<String> changedSchemas = new TreeSet<>();
    Map<String, Schema> oldByName = diff.getOldSpecOpenApi().getComponents().getSchemas();
    Map<String, Schema> newByName = diff.getNewSpecOpenApi().getComponents().getSchemas();
    for (String name : newSchemas) {
      if (oldSchemas.contains(name) && !newByName.get(name).equals(oldByName.get(name))) {
        changedSchemas.add(name);
      }
    }
    list("Schemas changed", changedSchemas);
    for (String schema : removed) {
      explains.add("schema " + schema);
    }
    for (String schema : changedSchemas) {
      explains.add("schema " + schema);
    }
    report.getParentFile().mkdirs();
    java.nio.file.Files.write(new File(report.getParentFile(), "version-diff-explained.txt")
        .toPath(), explains, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("Result: " + (diff.isIncompatible()
        ? "BREAKING changes for clients (see above)" : diff.isDifferent()
        ? "compatible changes only" : "no changes"));

    report.getParentFile().mkdirs();
    try (OutputStreamWriter out = new OutputStreamWriter(new FileOutputStream(report),
        StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, out);
    }
    System.out.println("Full openapi-diff report: " + report);
  }

  private static String version(OpenAPI api) {
    return api.getInfo() == null ? "?" : api.getInfo().getVersion();
  }

  private static Set<String> operations(Iterable<Endpoint> endpoints) {
    Set<String> names = new TreeSet<>();
    for (Endpoint endpoint : endpoints) {
      names.add(describe(endpoint.getOperation(), endpoint.getMethod().name(),
          endpoint.getPathUrl()));
    }
    return names;
  }

  private static String describe(Operation operation, String method, String path) {
    String id = operation == null ? null : operation.getOperationId();
    return (id == null ? "" : id + "  ") + method + " " + path;
  }

  private static Set<String> schemaNames(OpenAPI api) {
    Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
    return schemas == null ? new TreeSet<String>() : new TreeSet<>(schemas.keySet());
  }

  private static void list(String title, Set<String> items) {
    System.out.println();
    System.out.println("## " + title + " (" + items.size() + ")");
    for (String item : items) {
      System.out.println("- " + item);
    }
  }

  private DiffSpec() {}
}
