package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.v5.model.ModelJsonAdapters;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponse;
import io.github.pinterestapi.v5.runtime.GeneratedAdapters;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.time.Instant;
import java.util.Map;
import io.github.pinterestapi.errors.oauth.OAuthException;

/**
 * Turns whichever kind of token response Pinterest sent into a {@link Token}. The generated
 * alternatives share no getters (the response is a oneOf), but they share their JSON names, so
 * the fields are read once from the response's JSON value rather than once per alternative.
 */
final class TokenResponses {
  private static final JsonAdapter<OauthAccessTokenResponse> ADAPTER =
      GeneratedAdapters.adapter(PinterestMoshi.onDemand(), OauthAccessTokenResponse.class,
          ModelJsonAdapters::ofOauthAccessTokenResponse);

  private TokenResponses() {}

  /**
   * @param receivedAt when the response arrived; {@code expires_in} counts from then
   * @param previous the token being refreshed, whose refresh token and scopes carry over when the
   *     response leaves them out; null for a first grant
   */
  static Token toToken(OauthAccessTokenResponse response, Instant receivedAt, Token previous) {
    Map<?, ?> fields = fields(response);
    String access = text(fields, "access_token");
    if (access == null || access.isEmpty()) {
      throw new OAuthException("Pinterest's token response has no access_token");
    }
    Long expiresIn = seconds(fields, "expires_in");
    Token.Builder token = Token.builder(access)
        .accessExpiresAt(expiresIn == null ? null : receivedAt.plusSeconds(expiresIn));

    String refresh = text(fields, "refresh_token");
    if (refresh != null && !refresh.isEmpty()) {
      Long refreshExpiresAt = seconds(fields, "refresh_token_expires_at");
      Long refreshExpiresIn = seconds(fields, "refresh_token_expires_in");
      Instant refreshExpiry = refreshExpiresAt != null
          ? Instant.ofEpochSecond(refreshExpiresAt)
          : refreshExpiresIn != null ? receivedAt.plusSeconds(refreshExpiresIn) : null;
      token.refreshToken(refresh).refreshExpiresAt(refreshExpiry);
    } else if (previous != null) {
      // Pinterest may answer a refresh with only a new access token; the old grant still holds.
      token.refreshToken(previous.refreshToken()).refreshExpiresAt(previous.refreshExpiresAt());
    }

    String scope = text(fields, "scope");
    if (scope != null && !scope.trim().isEmpty()) {
      token.scopes(Scope.parseList(scope));
    } else if (previous != null) {
      token.scopes(previous.scopes());
    }
    return token.build();
  }

  private static Map<?, ?> fields(OauthAccessTokenResponse response) {
    Object json = response == null ? null : ADAPTER.toJsonValue(response);
    if (!(json instanceof Map)) {
      throw new OAuthException("Pinterest's token response has an unexpected shape: "
          + (response == null ? "empty" : response.getClass().getSimpleName()));
    }
    return (Map<?, ?>) json;
  }

  private static String text(Map<?, ?> fields, String name) {
    Object value = fields.get(name);
    return value instanceof String ? (String) value : null;
  }

  private static Long seconds(Map<?, ?> fields, String name) {
    Object value = fields.get(name);
    return value instanceof Number ? ((Number) value).longValue() : null;
  }
}
