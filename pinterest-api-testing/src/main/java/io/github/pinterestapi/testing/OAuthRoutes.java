package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.model.OauthAccessTokenResponseClientCredentials;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseCode;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseRefresh;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;

/**
 * {@code oauth/token} for the authorization-code, refresh-token and client-credentials grants,
 * {@code token/revoke}, and the approval page that hands out codes. Apps authenticate with HTTP
 * Basic; a code or refresh token the fake does not hold gets Pinterest's invalid-grant error
 * (code 283).
 */
final class OAuthRoutes {
  private final FakeState state;

  OAuthRoutes(FakeState state) {
    this.state = state;
  }

  void register(Map<String, Route> routes) {
    routes.put("oauth/token", this::token);
    routes.put("token/revoke", this::revoke);
  }

  /** The page a user approves the app on: redirects at once with a fresh code and the state. */
  MockResponse approve(HttpUrl url) {
    String appId = url.queryParameter("client_id");
    String redirectUri = url.queryParameter("redirect_uri");
    HttpUrl redirect = redirectUri == null ? null : HttpUrl.parse(redirectUri);
    if (appId == null || !state.tokens.appSecrets.containsKey(appId) || redirect == null) {
      return new MockResponse().setResponseCode(400).setHeader("Content-Type", "text/plain")
          .setBody("FakePinterest: unknown client_id or missing redirect_uri");
    }
    String code = state.tokens.issueCode(appId, redirectUri, url.queryParameter("scope"));
    HttpUrl.Builder location = redirect.newBuilder().addQueryParameter("code", code);
    if (url.queryParameter("state") != null) {
      location.addQueryParameter("state", url.queryParameter("state"));
    }
    return new MockResponse().setResponseCode(302).setHeader("Location", location.build());
  }

  private Reply token(Exchange exchange) {
    String appId = authenticateApp(exchange);
    String grantType = exchange.form("grant_type");
    if (grantType == null) {
      throw FakeError.missing("grant_type");
    }
    switch (grantType) {
      case "authorization_code":
        return exchangeCode(exchange, appId);
      case "refresh_token":
        return refresh(exchange, appId);
      case "client_credentials":
        return clientCredentials(exchange, appId);
      default:
        throw FakeError.badRequest("Invalid parameters: unsupported grant_type '" + grantType + "'");
    }
  }

  private Reply exchangeCode(Exchange exchange, String appId) {
    String code = exchange.form("code");
    if (code == null) {
      throw FakeError.missing("code");
    }
    Tokens.Code grant = state.tokens.codes.remove(code);
    if (grant == null || !grant.appId.equals(appId)) {
      throw FakeError.invalidGrant("Invalid authorization code: it is unknown, used or expired");
    }
    String redirectUri = exchange.form("redirect_uri");
    if (redirectUri == null || !redirectUri.equals(grant.redirectUri)) {
      throw FakeError.invalidGrant("redirect_uri does not match the authorization request");
    }
    Instant now = state.clock.instant();
    Tokens.Grant access = issueAccess(now, grant.scope, appId);
    Tokens.Grant refresh = state.tokens.issueRefresh(now, state.settings.refreshTokenLifetime,
        grant.scope, appId);
    return Reply.ok(new OauthAccessTokenResponseCode()
        .responseType(OauthAccessTokenResponseCode.ResponseTypeEnum.AUTHORIZATION_CODE)
        .accessToken(access.token)
        .tokenType("bearer")
        .expiresIn(seconds(now, access.expiresAt))
        .refreshToken(refresh.token)
        .refreshTokenExpiresIn(seconds(now, refresh.expiresAt))
        .refreshTokenExpiresAt((int) refresh.expiresAt.getEpochSecond())
        .scope(grant.scope));
  }

  private Reply refresh(Exchange exchange, String appId) {
    String token = exchange.form("refresh_token");
    if (token == null) {
      throw FakeError.missing("refresh_token");
    }
    Instant now = state.clock.instant();
    Tokens.Grant old = state.tokens.refresh.get(token);
    if (old == null || old.isExpired(now) || !appId.equals(old.appId)) {
      state.traffic.recordRefresh(new TokenRefresh(old == null ? null : old.user, now, false,
          false));
      throw FakeError.invalidGrant("Invalid refresh token: it is unknown, revoked or expired");
    }
    if (state.settings.singleUseRefreshTokens) {
      return rotate(old, appId, now);
    }
    Tokens.Grant access = state.tokens.issueAccess(now, state.settings.accessTokenLifetime,
        old.scope, appId, old.user);
    OauthAccessTokenResponseRefresh response = new OauthAccessTokenResponseRefresh()
        .responseType(OauthAccessTokenResponseRefresh.ResponseTypeEnum.REFRESH_TOKEN)
        .accessToken(access.token)
        .tokenType("bearer")
        .expiresIn(seconds(now, access.expiresAt))
        .scope(old.scope);
    if ("true".equals(exchange.form("continuous_refresh"))) {
      // Continuous refresh rotates the refresh token; the old one stops working.
      state.tokens.refresh.remove(token);
      Tokens.Grant fresh = state.tokens.issueRefresh(now, state.settings.refreshTokenLifetime,
          old.scope, appId, old.user);
      response.refreshToken(fresh.token)
          .refreshTokenExpiresIn(seconds(now, fresh.expiresAt))
          .refreshTokenExpiresAt((int) fresh.expiresAt.getEpochSecond());
    }
    return Reply.ok(response);
  }

  /** A refresh under single-use rotation: see {@link FakePinterestBuilder#singleUseRefreshTokens}. */
  private Reply rotate(Tokens.Grant old, String appId, Instant now) {
    Tokens.RefreshChain chain = state.tokens.chains.computeIfAbsent(chainKey(old.user), k -> {
      Tokens.RefreshChain first = new Tokens.RefreshChain();
      first.latest = old.token;
      return first;
    });
    boolean latest = old.token.equals(chain.latest);
    if (!latest && !old.token.equals(chain.previous)) {
      state.traffic.recordRefresh(new TokenRefresh(old.user, now, false, true));
      throw FakeError.invalidGrant("Invalid refresh token: it was already used");
    }
    // Spent tokens stay known, so that reusing one is told apart from an unknown token.
    if (latest) {
      chain.previous = state.settings.refreshGraceUntilUsed ? old.token : null;
    } else {
      // The predecessor again: the answer to it was never used, so that answer is withdrawn.
      state.tokens.access.remove(chain.latestAccess);
    }
    Tokens.Grant access = state.tokens.issueAccess(now, state.settings.accessTokenLifetime,
        old.scope, appId, old.user);
    Tokens.Grant fresh = state.tokens.issueRefresh(now, state.settings.refreshTokenLifetime,
        old.scope, appId, old.user);
    chain.latest = fresh.token;
    chain.latestAccess = access.token;
    state.traffic.recordRefresh(new TokenRefresh(old.user, now, true, false));
    return Reply.ok(new OauthAccessTokenResponseRefresh()
        .responseType(OauthAccessTokenResponseRefresh.ResponseTypeEnum.REFRESH_TOKEN)
        .accessToken(access.token)
        .tokenType("bearer")
        .expiresIn(seconds(now, access.expiresAt))
        .scope(old.scope)
        .refreshToken(fresh.token)
        .refreshTokenExpiresIn(seconds(now, fresh.expiresAt))
        .refreshTokenExpiresAt((int) fresh.expiresAt.getEpochSecond()));
  }

  /** Marks a user's latest tokens as received: the refresh token before them is spent now. */
  static void successorUsed(FakeState state, Tokens.Grant access) {
    Tokens.RefreshChain chain = state.tokens.chains.get(chainKey(access.user));
    if (chain != null && chain.previous != null && access.token.equals(chain.latestAccess)) {
      chain.previous = null;
    }
  }

  static String chainKey(String user) {
    return user == null ? "" : user;
  }

  private Reply clientCredentials(Exchange exchange, String appId) {
    Instant now = state.clock.instant();
    Tokens.Grant access = issueAccess(now, exchange.form("scope"), appId);
    return Reply.ok(new OauthAccessTokenResponseClientCredentials()
        .responseType(OauthAccessTokenResponseClientCredentials.ResponseTypeEnum.CLIENT_CREDENTIALS)
        .accessToken(access.token)
        .tokenType("bearer")
        .expiresIn(seconds(now, access.expiresAt))
        .scope(access.scope));
  }

  private Reply revoke(Exchange exchange) {
    authenticateApp(exchange);
    String token = exchange.form("token");
    if (token == null) {
      throw FakeError.missing("token");
    }
    state.tokens.access.remove(token);
    state.tokens.refresh.remove(token);
    return Reply.text(200, "application/json", "{}");
  }

  private Tokens.Grant issueAccess(Instant now, String scope, String appId) {
    return state.tokens.issueAccess(now, state.settings.accessTokenLifetime, scope, appId);
  }

  /** The app id from valid HTTP Basic credentials, or a 401. */
  private String authenticateApp(Exchange exchange) {
    String header = exchange.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      throw FakeError.unauthorized();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw FakeError.unauthorized();
    }
    int colon = decoded.indexOf(':');
    String appId = colon < 0 ? decoded : decoded.substring(0, colon);
    String secret = colon < 0 ? "" : decoded.substring(colon + 1);
    if (!secret.equals(state.tokens.appSecrets.get(appId))) {
      throw FakeError.unauthorized();
    }
    return appId;
  }

  private static int seconds(Instant now, Instant later) {
    return (int) Math.max(0, later.getEpochSecond() - now.getEpochSecond());
  }
}
