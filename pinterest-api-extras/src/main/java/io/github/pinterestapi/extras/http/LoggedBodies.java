package io.github.pinterestapi.extras.http;

import io.github.pinterestapi.v5.runtime.Redaction;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import io.github.pinterestapi.internal.Redactor;

/**
 * Turns request and response bodies into redacted text for the HTTP log. Binary and oversized
 * bodies are described, not printed; multipart forms (S3 uploads) are listed part by part.
 *
 * <pre>{@code
 * logger.log(LoggedBodies.request(request.body()));
 * }</pre>
 */
final class LoggedBodies {
  static final long MAX_LOGGED_BYTES = 64 * 1024;
  private static final long MAX_PART_BYTES = 1024;

  private LoggedBodies() {}

  static String request(RequestBody body) throws IOException {
    if (body instanceof MultipartBody) {
      return multipart((MultipartBody) body);
    }
    long length = body.contentLength();
    if (body.isDuplex() || body.isOneShot()) {
      return "(streamed body not logged)";
    }
    if (!isText(body.contentType())) {
      return "(" + describe(length) + " " + body.contentType() + " body not logged)";
    }
    if (length < 0 || length > MAX_LOGGED_BYTES) {
      return "(" + describe(length) + " body not logged)";
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return Redactor.body(buffer.readString(charset(body.contentType())), body.contentType());
  }

  static String response(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return "(no body)";
    }
    MediaType type = body.contentType();
    if (!isText(type)) {
      return "(" + describe(body.contentLength()) + " " + type + " body not logged)";
    }
    ResponseBody peeked = response.peekBody(MAX_LOGGED_BYTES);
    String text = peeked.source().readString(charset(type));
    boolean truncated = peeked.contentLength() == MAX_LOGGED_BYTES
        && (body.contentLength() < 0 || body.contentLength() > MAX_LOGGED_BYTES);
    if (!truncated) {
      return Redactor.body(text, type);
    }
    // Cut back to a member boundary: a half-printed secret would escape the redactor.
    return Redactor.body(Redactor.memberBoundaryPrefix(text), type) + "…(truncated)";
  }

  private static String multipart(MultipartBody body) throws IOException {
    StringBuilder out = new StringBuilder("(multipart ").append(body.type().subtype()).append(':');
    for (MultipartBody.Part part : body.parts()) {
      String disposition = part.headers() == null ? null : part.headers().get("Content-Disposition");
      String partName = partName(disposition);
      out.append(' ').append(partName).append('=').append(partValue(partName, part.body()));
    }
    return out.append(')').toString();
  }

  /** The {@code name="…"} of a Content-Disposition, found without a regex; "?" if none. */
  static String partName(String disposition) {
    if (disposition == null) {
      return "?";
    }
    int start = disposition.indexOf("name=\"");
    if (start < 0) {
      return "?";
    }
    start += "name=\"".length();
    int end = disposition.indexOf('"', start);
    return end < 0 ? "?" : disposition.substring(start, end);
  }

  private static String partValue(String name, RequestBody body) throws IOException {
    long length = body.contentLength();
    boolean isFile = body.contentType() != null && !isText(body.contentType());
    if (isFile || length < 0 || length > MAX_PART_BYTES || body.isOneShot()) {
      return "<" + describe(length) + ">";
    }
    if (Redaction.isSecret(name)) {
      return Redactor.MASK;
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return Redactor.text(buffer.readUtf8());
  }

  private static boolean isText(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return type.type().equals("text") || subtype.contains("json") || subtype.contains("xml")
        || subtype.equals("x-www-form-urlencoded");
  }

  private static Charset charset(MediaType type) {
    Charset charset = type == null ? null : type.charset(StandardCharsets.UTF_8);
    return charset == null ? StandardCharsets.UTF_8 : charset;
  }

  private static String describe(long length) {
    return length < 0 ? "unknown-length" : length + "-byte";
  }
}
