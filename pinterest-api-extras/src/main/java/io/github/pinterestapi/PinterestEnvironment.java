package io.github.pinterestapi;

import java.util.Map;

/**
 * Reads the client's settings from environment variables, the names Pinterest's own samples use:
 * {@code PINTEREST_ACCESS_TOKEN}, {@code PINTEREST_REFRESH_TOKEN}, {@code PINTEREST_APP_ID},
 * {@code PINTEREST_APP_SECRET}, {@code PINTEREST_API_URI}.
 *
 * <pre>{@code
 * PinterestEnvironment.apply(System.getenv(), builder);
 * }</pre>
 */
final class PinterestEnvironment {
  static final String ACCESS_TOKEN = "PINTEREST_ACCESS_TOKEN";
  static final String REFRESH_TOKEN = "PINTEREST_REFRESH_TOKEN";
  static final String APP_ID = "PINTEREST_APP_ID";
  static final String APP_SECRET = "PINTEREST_APP_SECRET";
  static final String API_URI = "PINTEREST_API_URI";

  private PinterestEnvironment() {}

  /** Sets on {@code builder} what {@code env} defines; unset or blank variables change nothing. */
  static void apply(Map<String, String> env, PinterestBuilder builder) {
    String token = value(env, ACCESS_TOKEN);
    if (token != null) {
      builder.accessToken(token);
    }
    String uri = value(env, API_URI);
    if (uri != null) {
      builder.baseUrl(uri);
    }
    String appId = value(env, APP_ID);
    String appSecret = value(env, APP_SECRET);
    String refreshToken = value(env, REFRESH_TOKEN);
    if (appId != null || appSecret != null || refreshToken != null) {
      builder.appCredentials(AppCredentials.of(appId, appSecret).withRefreshToken(refreshToken));
    }
    EnvironmentExtension.applyAll(env, builder);
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }
}
