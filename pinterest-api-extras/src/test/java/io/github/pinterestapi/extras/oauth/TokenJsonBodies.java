package io.github.pinterestapi.extras.oauth;

import okhttp3.mockwebserver.MockResponse;

/** Token endpoint answers in the shapes Pinterest sends. */
final class TokenJsonBodies {
  private TokenJsonBodies() {}

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setBody(body);
  }

  static MockResponse codeGrant(String access, String refresh) {
    return json(200, "{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\","
        + "\"response_type\":\"authorization_code\",\"token_type\":\"bearer\","
        + "\"expires_in\":2592000,\"refresh_token_expires_in\":5184000,"
        + "\"scope\":\"boards:read,pins:read\"}");
  }

  /** A refresh answer with only a new access token, as Pinterest may send. */
  static MockResponse refreshed(String access) {
    return json(200, "{\"access_token\":\"" + access + "\",\"response_type\":\"refresh_token\","
        + "\"token_type\":\"bearer\",\"expires_in\":2592000,\"scope\":\"boards:read,pins:read\"}");
  }

  /** A continuous-refresh answer that also rotates the refresh token. */
  static MockResponse refreshedWithNewRefreshToken(String access, String refresh) {
    return json(200, "{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\","
        + "\"response_type\":\"refresh_token\",\"token_type\":\"bearer\",\"expires_in\":2592000,"
        + "\"refresh_token_expires_at\":1767225600,\"scope\":\"boards:read\"}");
  }

  static MockResponse invalidGrant() {
    return json(400, "{\"code\":283,\"message\":\"Invalid refresh token\"}");
  }
}
