package io.github.pinterestapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.extras.workflow.Cancellation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Pinterest a program talks to, and the first line that says so. No request is sent. */
class ConnectionTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final Output out =
      new Output(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err, false);

  @TempDir
  Path temp;

  private String firstLine() {
    return printed.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
  }

  @Test
  void withoutCredentialsItStartsAndStopsItsOwnSeededFake() {
    Connection connection = Connection.open(Map.of(), false, out);
    try (connection) {
      assertTrue(connection.isFake());
      String baseUrl = connection.fake().get().baseUrl();
      assertEquals("Running against the embedded fake Pinterest at " + baseUrl
          + " (no PINTEREST_ACCESS_TOKEN set)", firstLine());
      assertEquals(2, connection.fake().get().boards().size());
      assertEquals(LocalDate.of(2024, 1, 15), connection.today());
    }
    assertTrue(connection.fake().get().toString().contains("not started"));
  }

  @Test
  void anAccessTokenMeansTheRealApi() {
    try (Connection connection =
        Connection.open(Map.of("PINTEREST_ACCESS_TOKEN", "pina_x"), false, out)) {
      assertFalse(connection.isFake());
      assertEquals("Running against Pinterest at https://api.pinterest.com/v5/"
          + " (token from PINTEREST_ACCESS_TOKEN)", firstLine());
    }
  }

  @Test
  void sandboxWithAToken() {
    try (Connection connection =
        Connection.open(Map.of("PINTEREST_ACCESS_TOKEN", "pina_x"), true, out)) {
      assertTrue(connection.pinterest().isSandbox());
      assertEquals("Running against Pinterest's sandbox at https://api-sandbox.pinterest.com/v5/"
          + " (token from PINTEREST_ACCESS_TOKEN)", firstLine());
    }
  }

  @Test
  void anAppWithoutATokenUsesTheTokenSignInSaved() {
    Path file = temp.resolve("token.json");
    try (Connection connection = Connection.open(Map.of("PINTEREST_APP_ID", "1",
        "PINTEREST_APP_SECRET", "s", "PINTEREST_TOKEN_FILE", file.toString()), false, out)) {
      assertFalse(connection.isFake());
      assertTrue(firstLine().endsWith("(token from " + file + ", saved by SignIn)"), firstLine());
    }
  }

  @Test
  void anAppWithARefreshToken() {
    try (Connection connection = Connection.open(Map.of("PINTEREST_APP_ID", "1",
        "PINTEREST_APP_SECRET", "s", "PINTEREST_REFRESH_TOKEN", "pinr_x"), false, out)) {
      assertTrue(firstLine().endsWith("(tokens refreshed with PINTEREST_REFRESH_TOKEN)"),
          firstLine());
    }
  }

  @Test
  void pollingOnTheFakeMovesItsClockInsteadOfSleeping() {
    try (Connection connection = Connection.open(Map.of(), false, out)) {
      List<Duration> waits = new ArrayList<>();
      long started = System.nanoTime();
      int[] asks = {0};
      connection.poller(waits::add).await("a thing", () -> ++asks[0], n -> n == 4,
          Cancellation.NONE);
      assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofMillis(2250)),
          waits);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "it slept: " + took);
      assertEquals(LocalDate.of(2024, 1, 15), connection.today());
    }
  }
}
