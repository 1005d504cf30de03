package io.github.pinterestapi.extras.http;

import io.github.pinterestapi.errors.RedirectRefusedException;
import io.github.pinterestapi.internal.OkHttpFollowUps;
import io.github.pinterestapi.internal.Origins;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects in place of OkHttp (whose own following is turned off by
 * {@link OkHttpFollowUps}), under rules that keep credentials at their origin:
 *
 * <ul>
 *   <li>only GET and HEAD are followed: any other method is not sent again;
 *   <li>never from https to plain http;
 *   <li>a request with credentials (one to the API origin, which gets the bearer token, or one
 *       carrying {@code Authorization}, {@code Proxy-Authorization} or {@code Cookie}) only to its
 *       own origin;
 *   <li>at most {@value #MAX_FOLLOW_UPS} in a row.
 * </ul>
 *
 * <p>A redirect it does not follow fails the call with a {@link RedirectRefusedException};
 * nothing is sent to its target.
 *
 * <pre>{@code
 * builder.addInterceptor(new RedirectInterceptor(HttpUrl.get("https://api.pinterest.com/v5/")));
 * }</pre>
 */
final class RedirectInterceptor implements Interceptor {
  static final int MAX_FOLLOW_UPS = 20;

  private final HttpUrl apiBase;

  RedirectInterceptor(HttpUrl apiBase) {
    this.apiBase = apiBase;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    for (int followUps = 0; isRedirect(response.code()); followUps++) {
      String location = response.header("Location");
      HttpUrl target = location == null ? null : response.request().url().resolve(location);
      if (target == null) {
        return response; // Nothing to follow: the caller sees the 3xx as an API answer.
      }
      String refusal = refusal(request, response, target, followUps);
      if (refusal != null) {
        int status = response.code();
        response.close();
        throw new ClientRefusal(new RedirectRefusedException(
            Operations.id(request), status, Origins.origin(target), refusal));
      }
      response.close();
      request = request.newBuilder().url(target).build();
      response = chain.proceed(request);
    }
    return response;
  }

  private String refusal(Request request, Response response, HttpUrl target, int followUps) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return "only GET and HEAD follow redirects; a " + request.method() + " is never resent";
    }
    if (request.url().isHttps() && !target.isHttps()) {
      return "it leads from https to plain http";
    }
    if (hasCredentials(request, response) && !Origins.sameOrigin(request.url(), target)) {
      return "the request carries credentials, which stay at their origin";
    }
    if (followUps >= MAX_FOLLOW_UPS) {
      return "more than " + MAX_FOLLOW_UPS + " redirects in a row";
    }
    return null;
  }

  private boolean hasCredentials(Request request, Response response) {
    return Origins.sameOrigin(request.url(), apiBase) || carriesCredentials(request)
        || carriesCredentials(response.request());
  }

  private static boolean carriesCredentials(Request request) {
    return request.header("Authorization") != null
        || request.header("Proxy-Authorization") != null
        || request.header("Cookie") != null;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }
}
