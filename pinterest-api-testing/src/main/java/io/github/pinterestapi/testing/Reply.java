package io.github.pinterestapi.testing;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: a status, a body already in its final text form, and extra headers. */
final class Reply {
  final int status;
  final String contentType;
  final String body;
  final Map<String, String> headers = new LinkedHashMap<>();

  private Reply(int status, String contentType, String body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  static Reply json(int status, Object model) {
    return new Reply(status, "application/json", Json.write(model));
  }

  static Reply json(int status, Type type, Object value) {
    return new Reply(status, "application/json", Json.write(type, value));
  }

  static Reply ok(Object model) {
    return json(200, model);
  }

  static Reply created(Object model) {
    return json(201, model);
  }

  static Reply noContent() {
    return new Reply(204, null, "");
  }

  static Reply text(int status, String contentType, String body) {
    return new Reply(status, contentType, body);
  }

  static Reply error(int status, int code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", message);
    return json(status, Map.class, body);
  }

  static Reply error(FakeError error) {
    return error(error.status, error.code, error.getMessage());
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
