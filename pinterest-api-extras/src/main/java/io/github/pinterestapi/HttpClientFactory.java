package io.github.pinterestapi;

import io.github.pinterestapi.internal.http.HttpSafety;
import io.github.pinterestapi.internal.http.PinterestVersion;
import io.github.pinterestapi.internal.http.RateLimitInterceptor;
import io.github.pinterestapi.internal.http.RateLimitBook;
import io.github.pinterestapi.internal.http.RedactingLoggingInterceptor;
import io.github.pinterestapi.internal.http.RetryInterceptor;
import io.github.pinterestapi.internal.http.SandboxGuardInterceptor;
import io.github.pinterestapi.internal.http.SharedRateLimitInterceptor;
import io.github.pinterestapi.internal.http.UserAgentInterceptor;
import io.github.pinterestapi.internal.http.AccessTokenInterceptor;
import io.github.pinterestapi.extras.oauth.AccessTokenProvider;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Wires the one OkHttpClient a {@link Pinterest} client uses. Interceptors, outermost first:
 * call boundary and redirects ({@link HttpSafety}), sandbox guard, user agent, retry, rate limit,
 * auth, logger, then no-store for credentials and OkHttp's follow-ups taken over. Retry wraps rate limit so every
 * attempt is counted and may wait; auth sits inside retry so every attempt asks for a current
 * token; the logger is last so it shows what is actually sent.
 *
 * <pre>{@code
 * OkHttpClient client = HttpClientFactory.create(HttpClientFactory.newBase(), settings, tracker, tokens);
 * }</pre>
 */
final class HttpClientFactory {
  private static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_READ = Duration.ofSeconds(30);
  private static final Duration DEFAULT_WRITE = Duration.ofSeconds(30);

  private HttpClientFactory() {}

  /** A client of our own, with the default timeouts, to add interceptors to. */
  static OkHttpClient newBase() {
    return new OkHttpClient.Builder()
        .connectTimeout(DEFAULT_CONNECT.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(DEFAULT_READ.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(DEFAULT_WRITE.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  /**
   * {@code base} plus the timeouts set explicitly and the Pinterest interceptors; with
   * {@code tokens} null, no auth (the client the token endpoint is called through).
   */
  static OkHttpClient create(OkHttpClient base, PinterestBuilder settings, RateLimitBook tracker,
      AccessTokenProvider tokens) {
    OkHttpClient.Builder client = base.newBuilder();
    timeouts(client, settings);
    // OkHttp would otherwise resend some requests, POSTs included (a dropped connection, 503 with
    // Retry-After: 0, redirects); RetryInterceptor and our redirect rules decide alone.
    HttpSafety.outer(client, settings.baseUrl);
    if (settings.sandbox) {
      client.addInterceptor(new SandboxGuardInterceptor());
    }
    String userAgent = PinterestVersion.userAgent()
        + (settings.applicationName == null ? "" : " " + settings.applicationName);
    client.addInterceptor(new RetryInterceptor(
        settings.retryPolicy, settings.clock, settings.sleeper, settings.random));
    client.addInterceptor(new RateLimitInterceptor(tracker, settings.rateLimitListener,
        settings.maxRateLimitWait, settings.clock, settings.sleeper));
    if (tokens != null) {
      client.addInterceptor(new AccessTokenInterceptor(tokens, settings.baseUrl, userAgent));
    }
    // After auth, which sets the user agent in the copy it makes for the token anyway.
    client.addInterceptor(new UserAgentInterceptor(userAgent));
    // After auth: a call that waited for a token refresh takes its shared permit after the wait,
    // right before it leaves, so permits from several seconds never leave together.
    if (settings.rateLimitBackend != null) {
      client.addInterceptor(new SharedRateLimitInterceptor(settings.rateLimitBackend,
          settings.maxRateLimitWait, settings.clock, settings.sleeper));
    }
    if (settings.logger != null) {
      client.addInterceptor(new RedactingLoggingInterceptor(settings.logger, settings.logLevel));
    }
    HttpSafety.inner(client);
    return client.build();
  }

  private static void timeouts(OkHttpClient.Builder client, PinterestBuilder settings) {
    if (settings.connectTimeout != null) {
      client.connectTimeout(settings.connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (settings.readTimeout != null) {
      client.readTimeout(settings.readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (settings.writeTimeout != null) {
      client.writeTimeout(settings.writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (settings.callTimeout != null) {
      client.callTimeout(settings.callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
