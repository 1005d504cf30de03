package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Every operation of Pinterest's API, read from the generated Retrofit interfaces' annotations,
 * so the fake can name an operation it does not serve instead of answering a bare 404.
 */
final class OperationTable {
  private static final String API_PACKAGE = "io.github.pinterestapi.v5.api";
  private static final OperationTable INSTANCE = load();

  private final List<Operation> operations;

  private OperationTable(List<Operation> operations) {
    this.operations = operations;
  }

  static OperationTable get() {
    return INSTANCE;
  }

  int size() {
    return operations.size();
  }

  /** The operation and its path parameters for a request, or null for a path Pinterest lacks. */
  Match find(String method, String path) {
    for (Operation operation : operations) {
      if (!operation.method.equals(method)) {
        continue;
      }
      Map<String, String> parameters = operation.match(path);
      if (parameters != null) {
        return new Match(operation, parameters);
      }
    }
    return null;
  }

  static final class Match {
    final Operation operation;
    final Map<String, String> pathParams;

    Match(Operation operation, Map<String, String> pathParams) {
      this.operation = operation;
      this.pathParams = pathParams;
    }
  }

  private static OperationTable load() {
    List<Operation> operations = new ArrayList<>();
    ClassLoader loader = PinterestOperation.class.getClassLoader();
    for (String className : apiClassNames(loader)) {
      Class<?> api;
      try {
        api = Class.forName(className, false, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      for (Method method : api.getMethods()) {
        PinterestOperation annotation = method.getAnnotation(PinterestOperation.class);
        if (annotation != null) {
          operations.add(new Operation(annotation));
        }
      }
    }
    if (operations.isEmpty()) {
      throw new IllegalStateException("No generated Pinterest API interfaces on the class path");
    }
    operations.sort(Comparator.comparingInt((Operation o) -> -o.literalSegments)
        .thenComparing(o -> o.template));
    return new OperationTable(Collections.unmodifiableList(operations));
  }

  private static TreeSet<String> apiClassNames(ClassLoader loader) {
    String directory = API_PACKAGE.replace('.', '/');
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(directory);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("jar".equals(root.getProtocol())) {
          JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile();
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            addIfApi(names, e.nextElement().getName(), directory);
          }
        } else if ("file".equals(root.getProtocol())) {
          String[] files = new File(root.toURI()).list();
          for (String file : files == null ? new String[0] : files) {
            addIfApi(names, directory + "/" + file, directory);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static void addIfApi(TreeSet<String> names, String entry, String directory) {
    String prefix = directory + "/";
    if (entry.startsWith(prefix) && entry.endsWith("Api.class")
        && entry.indexOf('/', prefix.length()) < 0 && entry.indexOf('$') < 0) {
      names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
    }
  }
}
