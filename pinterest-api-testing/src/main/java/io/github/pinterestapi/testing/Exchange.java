package io.github.pinterestapi.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** One request as a route sees it: the matched operation, path parameters, query and body. */
final class Exchange {
  static final int DEFAULT_PAGE_SIZE = 25;
  static final int MAX_PAGE_SIZE = 250;

  final String method;
  final HttpUrl url;
  final Headers headers;
  final byte[] body;
  final Operation operation;
  final Map<String, String> pathParams;

  Exchange(String method, HttpUrl url, Headers headers, byte[] body, Operation operation,
      Map<String, String> pathParams) {
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
    this.operation = operation;
    this.pathParams = pathParams;
  }

  String path(String name) {
    return pathParams.get(name);
  }

  String query(String name) {
    String value = url.queryParameter(name);
    return value == null || value.isEmpty() ? null : value;
  }

  String requiredQuery(String name) {
    String value = query(name);
    if (value == null) {
      throw FakeError.badRequest("Missing required query parameter '" + name + "'");
    }
    return value;
  }

  /** {@code page_size}: 25 when absent, 1 to 250 otherwise, as Pinterest enforces. */
  int pageSize() {
    String value = query("page_size");
    if (value == null) {
      return DEFAULT_PAGE_SIZE;
    }
    int size;
    try {
      size = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw FakeError.badRequest("Invalid parameters: page_size '" + value + "' is not an integer");
    }
    if (size > MAX_PAGE_SIZE) {
      throw FakeError.badRequest("Invalid parameters: page_size " + size
          + " is greater than the maximum of " + MAX_PAGE_SIZE);
    }
    if (size < 1) {
      throw FakeError.badRequest("Invalid parameters: page_size " + size
          + " is less than the minimum of 1");
    }
    return size;
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  <T> T body(Class<T> type) {
    return Json.read(bodyText(), type);
  }

  Map<?, ?> bodyMap() {
    return Json.readMap(bodyText());
  }

  /** A field of an {@code application/x-www-form-urlencoded} body, or null. */
  String form(String name) {
    HttpUrl parsed = HttpUrl.get("http://form/?" + bodyText());
    String value = parsed.queryParameter(name);
    return value == null || value.isEmpty() ? null : value;
  }

  String header(String name) {
    return headers.get(name);
  }
}
