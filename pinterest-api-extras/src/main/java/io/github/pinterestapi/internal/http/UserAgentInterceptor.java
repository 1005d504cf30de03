package io.github.pinterestapi.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends {@code User-Agent: pinterest-api-java/<version>}, followed by the application's own
 * product token when one is configured, so Pinterest can tell clients apart in support cases.
 *
 * <pre>{@code
 * new UserAgentInterceptor(PinterestVersion.userAgent() + " catalog-sync/2.1")
 * }</pre>
 */
public final class UserAgentInterceptor implements Interceptor {
  private final String userAgent;

  public UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    // Already set when the access token interceptor copied the request for its token.
    if (userAgent.equals(request.header("User-Agent"))) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header("User-Agent", userAgent).build());
  }
}
