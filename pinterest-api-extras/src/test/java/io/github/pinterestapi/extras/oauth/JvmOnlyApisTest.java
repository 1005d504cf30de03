package io.github.pinterestapi.extras.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Android API check lets {@code com.sun.net.httpserver} through by package name (its check
 * goal cannot exclude classes), so this keeps that allowance to classes named for it.
 */
class JvmOnlyApisTest {
  @Test
  void onlyLoopbackClassesUseTheJdkHttpServer() throws IOException {
    Path classes = Paths.get("target", "classes");
    assertTrue(Files.isDirectory(classes), "run from the module directory after compiling");
    try (Stream<Path> files = Files.walk(classes)) {
      List<String> offenders = files.filter(p -> p.toString().endsWith(".class"))
          .filter(JvmOnlyApisTest::referencesHttpServer)
          .map(p -> classes.relativize(p).toString())
          .filter(name -> !name.contains("Loopback"))
          .collect(Collectors.toList());
      assertEquals(0, offenders.size(), "JVM-only API outside a Loopback class: " + offenders);
    }
  }

  private static boolean referencesHttpServer(Path classFile) {
    try {
      // Class names sit in the constant pool as modified UTF-8, which is ASCII for these.
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
          .contains("com/sun/net/httpserver");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
