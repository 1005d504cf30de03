package io.github.pinterestapi;

import io.github.pinterestapi.internal.Origins;
import okhttp3.HttpUrl;

/**
 * Checks and normalizes an API base URL. Plain {@code http} would send the bearer token in clear
 * text, so it is accepted only for loopback hosts (a fake Pinterest in tests).
 *
 * <pre>{@code
 * HttpUrl base = BaseUrls.parse("http://localhost:8080"); // http://localhost:8080/v5/
 * }</pre>
 */
final class BaseUrls {
  static final HttpUrl PRODUCTION = HttpUrl.get("https://api.pinterest.com/v5/");
  static final HttpUrl SANDBOX = HttpUrl.get("https://api-sandbox.pinterest.com/v5/");

  private BaseUrls() {}

  /**
   * Parses {@code url}; a bare origin ({@code https://api.pinterest.com}, as
   * {@code PINTEREST_API_URI} is usually written) gets {@code /v5/}, and a missing trailing slash
   * is added so that Retrofit's relative paths resolve under it.
   */
  static HttpUrl parse(String url) {
    HttpUrl parsed = HttpUrl.parse(url == null ? "" : url.trim());
    if (parsed == null) {
      throw new IllegalArgumentException("Not an http or https URL: " + url);
    }
    if (!Origins.isSecureOrLoopback(parsed)) {
      throw new IllegalArgumentException("Refusing plain http to " + parsed.host()
          + ": the access token would travel unencrypted. Use https, or http only on loopback"
          + " (localhost, 127.0.0.0/8, ::1).");
    }
    String path = parsed.encodedPath();
    if (path.equals("/")) {
      return parsed.newBuilder().encodedPath("/v5/").build();
    }
    if (!path.endsWith("/")) {
      return parsed.newBuilder().encodedPath(path + "/").build();
    }
    return parsed;
  }

  /** Whether the URL is Pinterest's sandbox. */
  static boolean isSandbox(HttpUrl url) {
    return url.host().equals(SANDBOX.host());
  }
}
