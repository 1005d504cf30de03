package io.github.pinterestapi.errors;

import okhttp3.Headers;
import okhttp3.MediaType;
import io.github.pinterestapi.extras.http.PinterestError;
import io.github.pinterestapi.internal.Redactor;

/**
 * Pinterest answered with an HTTP error status. Carries everything the answer said.
 *
 * <p>Pinterest's error body is {@code {"code": 2, "message": "…"}}; {@link #code()} and
 * {@link #pinterestMessage()} hold those fields, {@link #requestId()} the
 * {@code x-pinterest-rid} header to quote to Pinterest support. Bodies that are not Pinterest
 * JSON (a proxy's HTML page, an empty body) still give the status and a short, redacted snippet.
 *
 * <pre>{@code
 * } catch (PinterestApiException e) {
 *   System.err.println(e.statusCode() + " " + e.code() + " rid=" + e.requestId());
 * }
 * }</pre>
 *
 * <p>Subclasses name the common cases: {@link PinterestAuthenticationException} (401),
 * {@link PinterestPermissionException} (403), {@link PinterestNotFoundException} (404),
 * {@link PinterestRateLimitException} (429) and {@link PinterestServerException} (5xx).
 */
public class PinterestApiException extends PinterestException {
  private static final long serialVersionUID = 1L;
  private static final int SNIPPET_CHARS = 200;

  private final int statusCode;
  private final Integer code;
  private final String pinterestMessage;
  private final transient Object details;
  private final transient Headers headers;
  private final String rawBody;

  /**
   * @param operationId Pinterest's operationId, or null
   * @param statusCode the HTTP status
   * @param error the decoded error body; {@link PinterestError#NONE} when it was not JSON
   * @param headers the response headers
   * @param rawBody the response body as received; may be empty, never null
   */
  public PinterestApiException(
      String operationId, int statusCode, PinterestError error, Headers headers, String rawBody) {
    this(operationId, statusCode, error, headers, rawBody, null);
  }

  /** As the public constructor, with a sentence subclasses add to the message. */
  PinterestApiException(
      String operationId,
      int statusCode,
      PinterestError error,
      Headers headers,
      String rawBody,
      String advice) {
    super(operationId, describe(operationId, statusCode, error, headers, rawBody, advice), null);
    this.statusCode = statusCode;
    this.code = error.code();
    this.pinterestMessage = error.message();
    this.details = error.details();
    this.headers = headers;
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  /** The HTTP status code, such as 404. */
  public int statusCode() {
    return statusCode;
  }

  /** Pinterest's numeric error {@code code}, or null when the body had none. */
  public Integer code() {
    return code;
  }

  /** Pinterest's error {@code message}, unredacted, or null when the body had none. */
  public String pinterestMessage() {
    return pinterestMessage;
  }

  /** The {@code details} member of the error body as Moshi decodes JSON (Map, List, …), or null. */
  public Object details() {
    return details;
  }

  /** Pinterest's request id from {@code x-pinterest-rid}, or null. Quote it to Pinterest support. */
  public String requestId() {
    return headers == null ? null : headers.get("x-pinterest-rid");
  }

  /** The response headers. */
  public Headers headers() {
    return headers == null ? Headers.of() : headers;
  }

  /** The response body exactly as received, possibly empty. */
  public String rawBody() {
    return rawBody;
  }

  private static String describe(
      String operationId,
      int statusCode,
      PinterestError error,
      Headers headers,
      String rawBody,
      String advice) {
    StringBuilder text = new StringBuilder();
    text.append(operationId == null ? "Pinterest call" : operationId)
        .append(" failed: HTTP ").append(statusCode);
    if (error.code() != null) {
      text.append(", Pinterest code ").append(error.code());
    }
    if (error.message() != null) {
      text.append(": ").append(Redactor.shortened(Redactor.safeText(error.message()), 1000));
    } else {
      String type = headers == null ? null : headers.get("Content-Type");
      MediaType mediaType = type == null ? null : MediaType.parse(type);
      text.append(error.isJson() ? ", body" : ", non-JSON body")
          .append(type == null ? "" : " (" + type + ")").append(": ")
          .append(Redactor.snippet(rawBody, mediaType, SNIPPET_CHARS));
    }
    if (advice != null) {
      text.append(". ").append(advice);
    }
    String rid = headers == null ? null : headers.get("x-pinterest-rid");
    if (rid != null) {
      text.append(" [x-pinterest-rid ").append(rid).append(']');
    }
    return text.toString();
  }
}
