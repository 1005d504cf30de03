package io.github.pinterestapi.testing;

import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * One request {@link FakePinterest} received and what it answered, for tests to assert on.
 * Immutable.
 *
 * <pre>{@code
 * RecordedCall last = fake.requests().get(fake.requests().size() - 1);
 * assertEquals("pins/create", last.operationId());
 * assertNull(last.header("Authorization")); // on an upload
 * }</pre>
 */
public final class RecordedCall {
  /** Which of the fake's two origins received the request. */
  public enum Origin {
    /** The API, {@link FakePinterest#baseUrl()}. */
    API,
    /** The stand-in for S3 and pinterest.com: uploads, report downloads, the OAuth page. */
    STORAGE
  }

  private final long sequence;
  private final Origin origin;
  private final String method;
  private final HttpUrl url;
  private final Headers headers;
  private final byte[] body;
  private final String operationId;
  private final int status;

  RecordedCall(long sequence, Origin origin, String method, HttpUrl url, Headers headers,
      byte[] body, String operationId, int status) {
    this.sequence = sequence;
    this.origin = origin;
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
    this.operationId = operationId;
    this.status = status;
  }

  /** 1 for the first request the fake received, then 2, … across both origins. */
  public long sequence() {
    return sequence;
  }

  public Origin origin() {
    return origin;
  }

  public String method() {
    return method;
  }

  public HttpUrl url() {
    return url;
  }

  /** The path, such as {@code /v5/boards}, without the query. */
  public String path() {
    return url.encodedPath();
  }

  public Headers headers() {
    return headers;
  }

  public @Nullable String header(String name) {
    return headers.get(name);
  }

  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Pinterest's operationId, such as {@code boards/list}; null off the API or for unknown paths. */
  public @Nullable String operationId() {
    return operationId;
  }

  /** The status answered; 0 when the fault was a dropped connection before any status. */
  public int status() {
    return status;
  }

  /** Method, path and status; never headers, which hold tokens. */
  @Override
  public String toString() {
    return method + " " + path() + (operationId == null ? "" : " (" + operationId + ")")
        + " -> " + status;
  }
}
