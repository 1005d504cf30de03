package io.github.pinterestapi.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * This library's version, from a resource Maven fills in at build time.
 *
 * <pre>{@code
 * String ua = PinterestVersion.userAgent(); // "pinterest-api-java/0.1.0"
 * }</pre>
 */
public final class PinterestVersion {
  private static final String VERSION = load();

  private PinterestVersion() {}

  /** The version, such as {@code 0.1.0}, or {@code unknown} when the resource is missing. */
  public static String get() {
    return VERSION;
  }

  /** The product token sent as {@code User-Agent}. */
  public static String userAgent() {
    return "pinterest-api-java/" + VERSION;
  }

  private static String load() {
    try (InputStream in = PinterestVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown").trim();
      // Unfiltered (an IDE build that skipped Maven's resource step).
      return version.isEmpty() || version.contains("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
