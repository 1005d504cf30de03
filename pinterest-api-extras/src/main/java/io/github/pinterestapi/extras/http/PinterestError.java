package io.github.pinterestapi.extras.http;

import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.IOException;
import java.util.Map;
import io.github.pinterestapi.internal.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * Pinterest's error body, {@code {"code": 3, "message": "…", "details": …}}, as far as a response
 * had one. OAuth endpoints answer {@code {"error": "invalid_grant", "error_description": "…"}};
 * that shape is read too, the description becoming the message.
 *
 * <pre>{@code
 * PinterestError error = PinterestError.parse("{\"code\":2,\"message\":\"Pin not found\"}");
 * }</pre>
 */
public final class PinterestError {
  /** What a body that is not a JSON object decodes to. */
  public static final PinterestError NONE = new PinterestError(false, null, null, null, null);

  private static final JsonAdapter<Object> JSON = PinterestMoshi.onDemand().adapter(Object.class).lenient();

  private final boolean json;
  private final Integer code;
  private final String message;
  private final Object details;
  private final String oauthError;

  private PinterestError(
      boolean json, Integer code, String message, Object details, String oauthError) {
    this.json = json;
    this.code = code;
    this.message = message;
    this.details = details;
    this.oauthError = oauthError;
  }

  /** Decodes an error body; never throws, {@link #NONE} when it is not a JSON object. */
  public static PinterestError parse(@Nullable String body) {
    if (body == null || body.trim().isEmpty() || !body.trim().startsWith("{")) {
      return NONE;
    }
    Object decoded;
    try {
      decoded = JSON.fromJson(body);
    } catch (IOException | RuntimeException e) {
      return NONE;
    }
    if (!(decoded instanceof Map)) {
      return NONE;
    }
    Map<?, ?> members = (Map<?, ?>) decoded;
    Object code = members.get("code");
    Object message = members.get("message");
    Object oauthError = members.get("error");
    if (message == null) {
      message = members.get("error_description");
    }
    return new PinterestError(
        true,
        code instanceof Number ? Integer.valueOf(((Number) code).intValue()) : null,
        message instanceof String ? (String) message : null,
        members.get("details"),
        oauthError instanceof String ? (String) oauthError : null);
  }

  /** Whether the body was a JSON object. */
  public boolean isJson() {
    return json;
  }

  /** Pinterest's numeric {@code code}, or null. */
  public @Nullable Integer code() {
    return code;
  }

  /** The {@code message} (or OAuth {@code error_description}), or null. */
  public @Nullable String message() {
    return message;
  }

  /** The {@code details} member as Moshi decodes JSON, or null. */
  public @Nullable Object details() {
    return details;
  }

  /** The OAuth {@code error} member, such as {@code invalid_grant}, or null. */
  public @Nullable String oauthError() {
    return oauthError;
  }

  @Override
  public String toString() {
    return "PinterestError{code=" + code + ", message=" + Redactor.text(message) + "}";
  }
}
