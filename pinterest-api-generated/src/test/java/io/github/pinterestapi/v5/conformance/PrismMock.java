package io.github.pinterestapi.v5.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism ({@code prism mock -d --seed}), as pinned by {@code conformance/package.json},
 * on a free loopback port: random responses valid against the description, seeded so that a run
 * repeats, and every request validated (an invalid one is answered with a 4xx and an
 * {@code sl-violations} header). Its output goes to a log file; {@link #close()} stops it.
 */
final class PrismMock implements AutoCloseable {
  private final Process process;
  private final int port;

  private PrismMock(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts Prism on {@code description} and returns once it listens. */
  static PrismMock start(Path prism, Path description, long seed, Path log) throws IOException,
      InterruptedException {
    if (!Files.isRegularFile(prism)) {
      throw new IllegalStateException("Prism is not installed at " + prism
          + ": run `npm ci` in conformance/ (the build does, in generate-test-resources)");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    // No fillProperties: responses hold documented properties only, so a key the models drop is
    // documented data lost, never an invented extra.
    Process process = new ProcessBuilder(List.of("node", prism.toString(), "mock", "-d",
        "--seed", Long.toString(seed), "--json-schema-faker-fillProperties=false",
        "-h", "127.0.0.1", "-p", Integer.toString(port), description.toString()))
        .redirectErrorStream(true)
        .start();
    PrismMock mock = new PrismMock(process, port);
    CountDownLatch listening = new CountDownLatch(1);
    Thread drain = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(
              process.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          out.println(line);
          if (line.contains("Prism is listening")) {
            listening.countDown();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        listening.countDown();  // it ended: stop waiting, the check below reports it
      }
    }, "prism-output");
    drain.setDaemon(true);
    drain.start();
    if (!listening.await(90, TimeUnit.SECONDS) || !process.isAlive()) {
      mock.close();
      throw new IllegalStateException("Prism did not start; see " + log);
    }
    return mock;
  }

  /** The base URL the operations' paths go under (the description's server path is dropped). */
  String baseUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
