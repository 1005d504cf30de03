package io.github.pinterestapi.v5.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.v5.SpecFixtures;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every generated operation against a real OpenAPI mock server: Stoplight Prism, serving
 * Pinterest's upstream description with random, seeded responses and request validation on.
 *
 * <p>Each operation is sent {@link #ROUNDS} times, with arguments a user would pass (required ones
 * only, then every argument, then required ones again, all from {@link SchemaValues}); Prism must
 * accept each request, and each response must decode, re-encode with no documented data lost, and
 * decode again to an equal value. A per-operation table is printed.
 *
 * <p>Alone: {@code ./mvnw -pl pinterest-api-generated -am verify -Dtest=ConformanceTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dconformance.seed=N} picks other responses.
 */
class ConformanceTest {
  static final long SEED = Long.getLong("conformance.seed", 20261130L);
  static final int ROUNDS = Integer.getInteger("conformance.rounds", 3);

  @Test
  void everyOperationIsAcceptedDecodedLosslessAndRoundTrips() throws Exception {
    Path corrected = Paths.get(System.getProperty("pinterest.spec.corrected"));
    Path upstream = corrected.resolveSibling("pinterest-openapi-upstream.yaml");
    Path prism = Paths.get(System.getProperty("pinterest.conformance.dir", "../conformance"),
        "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
    Path log = Paths.get("target", "prism.log");
    Files.createDirectories(log.getParent());

    List<Method> methods = SpecFixtures.apiMethods();
    List<OperationRun.Result> results = new ArrayList<>();
    try (PrismMock mock = PrismMock.start(prism, upstream, SEED, log)) {
      OperationRun run = new OperationRun(mock.baseUrl());
      for (Method method : methods) {
        results.add(run.run(method, SEED, ROUNDS));
      }
    }

    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder(String.format("%n%-58s %9s %9s %9s %10s%n",
        "operation (seed " + SEED + ")", "accepted", "decoded", "lossless", "round-trip"));
    int passed = 0;
    for (OperationRun.Result result : results) {
      table.append(result.row()).append('\n');
      failures.addAll(result.failures());
      passed += result.failures().isEmpty() ? 1 : 0;
    }
    table.append(String.format("%d of %d operations pass every check%n", passed, results.size()));
    System.out.println(table);

    assertEquals(SpecFixtures.describedOperations().size(), results.size(),
        "one generated method per described operation");
    assertTrue(failures.isEmpty(), failures.size() + " failures (Prism log: " + log + "):\n  "
        + String.join("\n  ", failures.subList(0, Math.min(failures.size(), 60))));
  }
}
