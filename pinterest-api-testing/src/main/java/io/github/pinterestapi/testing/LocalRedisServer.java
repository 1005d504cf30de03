package io.github.pinterestapi.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} process on a free loopback port, with no persistence, for tests
 * and examples that need Redis and must not depend on one being installed. It runs the
 * {@code redis-server} on the PATH when there is one (Debian's package), otherwise the binary that
 * {@code com.github.codemonstur:embedded-redis} ships inside its jar (add that artifact to the
 * test class path; its Java code is not used). JVM only; Linux and macOS.
 *
 * <pre>{@code
 * try (LocalRedisServer redis = LocalRedisServer.start()) {
 *   RedisFleet fleet = RedisFleet.builder(redis.uri()).appId(appId).build();
 * }
 * }</pre>
 *
 * <p>The system property {@code pinterest.redis.server} chooses: {@code path}, {@code embedded},
 * or the path of a binary; unset, the PATH wins when it has one.
 */
public final class LocalRedisServer implements AutoCloseable {
  private static final long START_TIMEOUT_SECONDS = 20;

  private final Process process;
  private final int port;
  private final String source;
  private final Path directory;

  private LocalRedisServer(Process process, int port, String source, Path directory) {
    this.process = process;
    this.port = port;
    this.source = source;
    this.directory = directory;
  }

  /** Starts a server and returns once it accepts connections. */
  public static LocalRedisServer start() {
    String choice = System.getProperty("pinterest.redis.server", "");
    try {
      Path directory = Files.createTempDirectory("pinterest-redis");
      String binary;
      String source;
      Path onPath = choice.equals("embedded") ? null : findOnPath("redis-server");
      if (!choice.isEmpty() && !choice.equals("path") && !choice.equals("embedded")) {
        binary = choice;
        source = choice;
      } else if (onPath != null) {
        binary = onPath.toString();
        source = "PATH (" + onPath + ")";
      } else if (choice.equals("path")) {
        throw new IllegalStateException("pinterest.redis.server=path but no redis-server on the PATH");
      } else {
        binary = extractEmbedded(directory).toString();
        source = "embedded-redis jar";
      }
      IOException last = null;
      // A free port can be taken between finding it and the server binding it; try again then.
      for (int attempt = 0; attempt < 3; attempt++) {
        int port = freePort();
        Process process = new ProcessBuilder(binary, "--port", Integer.toString(port),
            "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
            "--dir", directory.toString(), "--logfile", "")
            .redirectErrorStream(true).start();
        if (awaitReady(process)) {
          return new LocalRedisServer(process, port, source, directory);
        }
        process.destroyForcibly();
        last = new IOException("redis-server (" + source + ") did not start on port " + port);
      }
      throw last;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting redis-server", e);
    }
  }

  /** {@code redis://127.0.0.1:PORT} */
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** Where the binary came from: the PATH or the embedded-redis jar. */
  public String source() {
    return source;
  }

  /** Stops the server and deletes its working directory. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException ignored) {
      // A temporary directory left behind is harmless.
    }
  }

  @Override
  public String toString() {
    return "LocalRedisServer{" + uri() + ", " + source + "}";
  }

  /** Reads the server's log until it says it is ready (or exits), on a daemon thread. */
  private static boolean awaitReady(Process process) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(1);
    List<String> log = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          synchronized (log) {
            if (log.size() < 200) {
              log.add(line);
            }
          }
          if (line.contains("Ready to accept connections")) {
            ready.countDown();
          }
        }
      } catch (IOException ignored) {
        // The process ended; the wait below notices.
      }
      ready.countDown();
    }, "redis-server-log");
    reader.setDaemon(true);
    reader.start();
    boolean signalled = ready.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    return signalled && process.isAlive();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Path findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static Path extractEmbedded(Path directory) throws IOException {
    String resource = embeddedResource();
    try (InputStream in = LocalRedisServer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No redis-server on the PATH and no " + resource
            + " on the class path: install redis-server or add"
            + " com.github.codemonstur:embedded-redis:1.4.3 to the test dependencies");
      }
      Path binary = directory.resolve("redis-server");
      Files.copy(in, binary, StandardCopyOption.REPLACE_EXISTING);
      if (!binary.toFile().setExecutable(true)) {
        throw new IOException("cannot make " + binary + " executable");
      }
      return binary;
    }
  }

  /** The binary embedded-redis 1.4.3 ships for this machine. */
  private static String embeddedResource() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    boolean arm = arch.contains("aarch64") || arch.contains("arm64");
    if (os.contains("linux")) {
      return arm ? "/redis-server-6.2.7-linux-arm64" : "/redis-server-6.2.6-v5-linux-amd64";
    }
    if (os.contains("mac")) {
      return arm ? "/redis-server-6.2.6-v5-darwin-arm64" : "/redis-server-6.2.6-v5-darwin-amd64";
    }
    throw new IllegalStateException("No embedded redis-server for " + os + "/" + arch
        + "; install redis-server on the PATH");
  }
}
