package io.github.pinterestapi.testing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * The API origin's dispatcher: finds the Pinterest operation a request is for, applies armed
 * faults, checks the bearer token and the rate limit, runs the operation's route, and answers
 * with Pinterest's headers ({@code x-pinterest-rid}, {@code X-RateLimit-*}).
 */
final class Router extends Dispatcher {
  /** Operations authenticated with the app's HTTP Basic credentials instead of a bearer token. */
  private static final Set<String> APP_AUTHENTICATED = Set.of("oauth/token", "token/revoke");

  private final FakeState state;
  private final Map<String, Route> routes;
  private final Faults faults;
  private final RateLimits rateLimits;
  private final Recorder recorder;
  private final OperationTable operations = OperationTable.get();

  Router(FakeState state, Map<String, Route> routes, Faults faults, RateLimits rateLimits,
      Recorder recorder) {
    this.state = state;
    this.routes = routes;
    this.faults = faults;
    this.rateLimits = rateLimits;
    this.recorder = recorder;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    long sequence = recorder.nextSequence();
    byte[] body = request.getBody().readByteArray();
    HttpUrl url = request.getRequestUrl();
    String method = request.getMethod();
    Operation operation = null;
    FaultRule fault = null;
    RateLimits.State limits = null;
    Reply reply;
    try {
      OperationTable.Match match = match(method, url);
      if (match == null) {
        throw FakeError.notServed("FakePinterest knows no Pinterest operation for " + method
            + " " + url.encodedPath() + ": the path is unknown");
      }
      operation = match.operation;
      fault = faults.take(operation.id);
      if (fault != null && fault.replacesResponse()) {
        limits = rateLimits.peek(operation.rateLimitCategory, state.clock.instant());
        reply = faultReply(fault);
      } else {
        Route route = routes.get(operation.id);
        if (route == null) {
          throw FakeError.notServed("operation " + operation.id
              + " is not served by FakePinterest");
        }
        limits = rateLimits.spend(operation.rateLimitCategory, state.clock.instant());
        if (!limits.allowed) {
          reply = rateLimited(limits.resetSeconds);
        } else {
          Exchange exchange = new Exchange(method, url, request.getHeaders(), body, operation,
              match.pathParams);
          if (APP_AUTHENTICATED.contains(operation.id)) {
            delayTokenEndpoint(operation.id);
          }
          synchronized (state) {
            RateLimits.State userLimits = null;
            if (!APP_AUTHENTICATED.contains(operation.id)) {
              Tokens.Grant grant = authenticate(exchange);
              OAuthRoutes.successorUsed(state, grant);
              if (state.traffic.limits()) {
                userLimits = state.traffic.spend(OAuthRoutes.chainKey(grant.user),
                    operation.rateLimitCategory, state.clock.instant());
                limits = userLimits;
              }
            }
            reply = userLimits != null && !userLimits.allowed
                ? rateLimited(userLimits.resetSeconds) : route.handle(exchange);
          }
        }
      }
    } catch (FakeError e) {
      reply = Reply.error(e);
    } catch (RuntimeException e) {
      reply = Reply.error(500, 0, "FakePinterest failed: " + e);
    }
    if (limits == null) {
      limits = rateLimits.peek(operation == null ? "default" : operation.rateLimitCategory,
          state.clock.instant());
    }
    MockResponse response = toResponse(reply, sequence, limits);
    int status = reply.status;
    if (fault != null) {
      status = applyTransportFault(fault, response, status);
    }
    recorder.record(sequence, RecordedCall.Origin.API, method, url, request.getHeaders(), body,
        operation == null ? null : operation.id, status);
    return response;
  }

  private OperationTable.Match match(String method, HttpUrl url) {
    if (url.pathSize() < 2 || !"v5".equals(url.pathSegments().get(0))) {
      return null;
    }
    String path = String.join("/", url.pathSegments().subList(1, url.pathSize()));
    return operations.find(method, path);
  }

  private Tokens.Grant authenticate(Exchange exchange) {
    String header = exchange.header("Authorization");
    String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).trim() : null;
    Tokens.Grant grant = state.tokens.valid(token, state.clock.instant());
    if (grant == null) {
      throw FakeError.unauthorized();
    }
    return grant;
  }

  /** The configured token-endpoint delay: real time, outside the state lock, to widen races. */
  private void delayTokenEndpoint(String operationId) {
    long millis = state.settings.tokenEndpointDelay.toMillis();
    if (millis > 0 && "oauth/token".equals(operationId)) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Reply faultReply(FaultRule fault) {
    switch (fault.kind) {
      case RATE_LIMIT:
        long seconds = (fault.duration.toMillis() + 999) / 1000;
        return rateLimited(seconds);
      case SERVER_ERROR:
        return Reply.error(fault.status, 0, "Internal error (injected by FakePinterest).");
      case EXPIRED_TOKEN:
        return Reply.error(FakeError.unauthorized());
      default: // DISCONNECT: the body is never sent.
        return Reply.noContent();
    }
  }

  private static Reply rateLimited(long retryAfterSeconds) {
    return Reply.error(429, FakeError.RATE_LIMITED,
        "You have exceeded your rate limit. Try again later.")
        .header("Retry-After", Long.toString(retryAfterSeconds));
  }

  private static int applyTransportFault(FaultRule fault, MockResponse response, int status) {
    switch (fault.kind) {
      case SLOW:
        response.setHeadersDelay(fault.duration.toNanos(), TimeUnit.NANOSECONDS);
        return status;
      case DISCONNECT:
        response.setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        return 0;
      case DISCONNECT_DURING_BODY:
        response.setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
        return status;
      default:
        return status;
    }
  }

  private static MockResponse toResponse(Reply reply, long sequence, RateLimits.State limits) {
    MockResponse response = new MockResponse().setResponseCode(reply.status)
        .setHeader("x-pinterest-rid", String.format("fake%012d", sequence));
    response.setHeader("X-RateLimit-Limit", Integer.toString(limits.limit))
        .setHeader("X-RateLimit-Remaining", Integer.toString(limits.remaining))
        .setHeader("X-RateLimit-Reset", Long.toString(limits.resetSeconds));
    if (reply.contentType != null) {
      response.setHeader("Content-Type", reply.contentType);
    }
    for (Map.Entry<String, String> header : reply.headers.entrySet()) {
      response.setHeader(header.getKey(), header.getValue());
    }
    return response.setBody(reply.body);
  }
}
