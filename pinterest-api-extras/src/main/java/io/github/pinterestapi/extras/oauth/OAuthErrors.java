package io.github.pinterestapi.extras.oauth;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.pinterestapi.errors.PinterestAuthenticationException;
import java.io.IOException;
import java.util.Map;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Response;
import io.github.pinterestapi.errors.oauth.OAuthException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;

/**
 * Reads the error Pinterest sent from its token endpoint, in either of its two shapes: Pinterest's
 * own ({@code code}, {@code message}) or OAuth's ({@code error}, {@code error_description}).
 */
final class OAuthErrors {
  /** The same rule as {@link PinterestAuthenticationException#isInvalidGrant()}. */
  static final int INVALID_GRANT_CODE = PinterestAuthenticationException.INVALID_GRANT_CODE;

  private static final int MAX_BODY = 8 * 1024;
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private OAuthErrors() {}

  /**
   * The exception for a non-2xx answer to {@code operation}. Every {@code secret} is blanked out
   * of Pinterest's message, in case the server echoes what it was sent.
   */
  static OAuthException fromResponse(String operation, Response<?> response, String... secrets) {
    int status = response.code();
    Integer code = null;
    String message = null;
    String error = null;
    String description = null;
    Map<?, ?> json = readJson(response.errorBody());
    if (json != null) {
      Object codeValue = json.get("code");
      if (codeValue instanceof Number) {
        code = ((Number) codeValue).intValue();
      }
      message = string(json.get("message"));
      error = string(json.get("error"));
      description = string(json.get("error_description"));
    }
    String said = scrub(joinNonNull(message, description), secrets);
    if ((code != null && code == INVALID_GRANT_CODE) || "invalid_grant".equals(error)) {
      return new SignInRequiredException("Pinterest no longer accepts this grant (" + operation
          + ": invalid grant" + (said.isEmpty() ? "" : ", " + said) + ")", status, code, error);
    }
    StringBuilder text = new StringBuilder("Pinterest refused ").append(operation)
        .append(": HTTP ").append(status);
    if (code != null) {
      text.append(", code ").append(code);
    }
    if (error != null) {
      text.append(", ").append(scrub(error, secrets));
    }
    if (!said.isEmpty()) {
      text.append(": ").append(said);
    }
    return new OAuthException(text.toString(), status, code, error, null);
  }

  static String scrub(String text, String... secrets) {
    if (text == null) {
      return "";
    }
    String scrubbed = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        scrubbed = scrubbed.replace(secret, "<redacted>");
      }
    }
    return scrubbed;
  }

  private static Map<?, ?> readJson(ResponseBody body) {
    if (body == null) {
      return null;
    }
    try {
      BufferedSource source = body.source();
      source.request(MAX_BODY);
      String text = source.getBuffer().readUtf8(Math.min(source.getBuffer().size(), MAX_BODY));
      Object parsed = JSON.fromJson(text);
      return parsed instanceof Map ? (Map<?, ?>) parsed : null;
    } catch (IOException | RuntimeException e) {
      // Not JSON (a proxy's HTML page, a truncated body): the status alone must do.
      return null;
    } finally {
      body.close();
    }
  }

  private static String string(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static String joinNonNull(String a, String b) {
    if (a == null || a.isEmpty()) {
      return b == null ? "" : b;
    }
    return b == null || b.isEmpty() || b.equals(a) ? a : a + " (" + b + ")";
  }
}
