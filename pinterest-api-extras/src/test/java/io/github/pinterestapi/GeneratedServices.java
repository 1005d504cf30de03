package io.github.pinterestapi;

import io.github.pinterestapi.v5.api.PinsApi;
import java.io.File;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Lists the generated service interfaces, from the jar (or directory) that holds them. */
final class GeneratedServices {
  private static final String PACKAGE = "io/github/pinterestapi/v5/api/";

  private GeneratedServices() {}

  static Map<String, Class<?>> all() throws Exception {
    Map<String, Class<?>> services = new TreeMap<>();
    URL location = PinsApi.class.getProtectionDomain().getCodeSource().getLocation();
    File file = new File(location.toURI());
    if (file.isDirectory()) {
      for (String name : new File(file, PACKAGE).list()) {
        add(services, name);
      }
    } else {
      try (JarFile jar = new JarFile(file)) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          String name = entries.nextElement().getName();
          if (name.startsWith(PACKAGE) && name.indexOf('/', PACKAGE.length()) < 0) {
            add(services, name.substring(PACKAGE.length()));
          }
        }
      }
    }
    return services;
  }

  private static void add(Map<String, Class<?>> services, String fileName) throws Exception {
    if (fileName.endsWith("Api.class") && !fileName.contains("$")) {
      String simple = fileName.substring(0, fileName.length() - ".class".length());
      services.put(simple, Class.forName(PACKAGE.replace('/', '.') + simple));
    }
  }
}
