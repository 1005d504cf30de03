package io.github.pinterestapi.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The apps, authorization codes, access tokens and refresh tokens the fake knows. Guarded by
 * the {@link FakeState} lock like the rest of the state.
 */
final class Tokens {
  /** A token the fake issued or was told to accept. */
  static final class Grant {
    final String token;
    /** Null: never expires. */
    final Instant expiresAt;
    final String scope;
    final String appId;
    /** Whose token this is; null: the fake's one default user. */
    final String user;

    Grant(String token, Instant expiresAt, String scope, String appId) {
      this(token, expiresAt, scope, appId, null);
    }

    Grant(String token, Instant expiresAt, String scope, String appId, String user) {
      this.token = token;
      this.expiresAt = expiresAt;
      this.scope = scope;
      this.appId = appId;
      this.user = user;
    }

    boolean isExpired(Instant now) {
      return expiresAt != null && !now.isBefore(expiresAt);
    }
  }

  /** A code the user "approved" on the fake's OAuth page, usable once. */
  static final class Code {
    final String appId;
    final String redirectUri;
    final String scope;

    Code(String appId, String redirectUri, String scope) {
      this.appId = appId;
      this.redirectUri = redirectUri;
      this.scope = scope;
    }
  }

  final Map<String, String> appSecrets = new LinkedHashMap<>();
  final Map<String, Grant> access = new HashMap<>();
  final Map<String, Grant> refresh = new HashMap<>();
  final Map<String, Code> codes = new HashMap<>();
  /** With single-use refresh tokens: each user's latest refresh token, and the one before it. */
  final Map<String, RefreshChain> chains = new HashMap<>();
  private final Ids ids;

  Tokens(Ids ids) {
    this.ids = ids;
  }

  Grant issueAccess(Instant now, Duration lifetime, String scope, String appId) {
    return issueAccess(now, lifetime, scope, appId, null);
  }

  Grant issueAccess(Instant now, Duration lifetime, String scope, String appId, String user) {
    String token = "pina_fake_" + ids.next(Ids.Kind.TOKEN);
    Grant grant =
        new Grant(token, lifetime == null ? null : now.plus(lifetime), scope, appId, user);
    access.put(token, grant);
    return grant;
  }

  Grant issueRefresh(Instant now, Duration lifetime, String scope, String appId) {
    return issueRefresh(now, lifetime, scope, appId, null);
  }

  Grant issueRefresh(Instant now, Duration lifetime, String scope, String appId, String user) {
    String token = "pinr_fake_" + ids.next(Ids.Kind.TOKEN);
    Grant grant = new Grant(token, now.plus(lifetime), scope, appId, user);
    refresh.put(token, grant);
    return grant;
  }

  /** A user's refresh tokens under rotation: the latest, its access token, and its predecessor. */
  static final class RefreshChain {
    String latest;
    String latestAccess;
    /** Still accepted while {@code latest} is unused (the reuse grace); else null. */
    String previous;
  }

  String issueCode(String appId, String redirectUri, String scope) {
    String code = "fake_code_" + ids.next(Ids.Kind.TOKEN);
    codes.put(code, new Code(appId, redirectUri, scope));
    return code;
  }

  /** The grant behind a bearer token, or null when it is unknown or expired. */
  Grant valid(String token, Instant now) {
    Grant grant = token == null ? null : access.get(token);
    return grant == null || grant.isExpired(now) ? null : grant;
  }
}
