package io.github.pinterestapi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;

/**
 * The fake's two loopback origins and the routes behind them: the API, and the storage origin
 * on its own port so that a client scoping its token to the API origin never sends it there.
 */
final class Servers {
  final BoardRoutes boards;
  final PinRoutes pins;
  final MediaRoutes media;
  private final FakeState state;
  private final Router router;
  private final StorageRoutes storageRoutes;
  private MockWebServer api;
  private MockWebServer storage;
  private boolean closed;

  Servers(FakeState state, Faults faults, RateLimits rateLimits, Recorder recorder) {
    this.state = state;
    this.boards = new BoardRoutes(state);
    this.media = new MediaRoutes(state);
    this.pins = new PinRoutes(state, media);
    ReportRoutes reports = new ReportRoutes(state);
    OAuthRoutes oauth = new OAuthRoutes(state);
    Map<String, Route> routes = new HashMap<>();
    boards.register(routes);
    pins.register(routes);
    media.register(routes);
    reports.register(routes);
    oauth.register(routes);
    new AccountRoutes(state).register(routes);
    new AnalyticsRoutes(state).register(routes);
    this.router = new Router(state, Map.copyOf(routes), faults, rateLimits, recorder);
    this.storageRoutes = new StorageRoutes(state, media, reports, oauth, recorder);
  }

  synchronized void start() {
    if (closed) {
      throw new IllegalStateException("This FakePinterest was closed; create a new one");
    }
    if (api != null) {
      return;
    }
    try {
      InetAddress loopback = InetAddress.getLoopbackAddress();
      storage = new MockWebServer();
      storage.setServerSocketFactory(new NoDelaySockets());
      storage.setDispatcher(storageRoutes);
      storage.start(loopback, 0);
      api = new MockWebServer();
      api.setServerSocketFactory(new NoDelaySockets());
      api.setDispatcher(router);
      api.start(loopback, 0);
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("FakePinterest could not start", e);
    }
    synchronized (state) {
      state.storageUrl = origin(storage);
    }
  }

  synchronized void close() {
    closed = true;
    for (MockWebServer server : new MockWebServer[] {api, storage}) {
      if (server != null) {
        try {
          server.shutdown();
        } catch (IOException e) {
          // Already stopping; nothing a test could do about it.
        }
      }
    }
  }

  synchronized boolean isStarted() {
    return api != null && !closed;
  }

  synchronized HttpUrl apiOrigin() {
    return origin(started(api));
  }

  synchronized HttpUrl storageOrigin() {
    return origin(started(storage));
  }

  private static MockWebServer started(MockWebServer server) {
    if (server == null) {
      throw new IllegalStateException("FakePinterest is not started; call start() first");
    }
    return server;
  }

  private static HttpUrl origin(MockWebServer server) {
    return new HttpUrl.Builder().scheme("http")
        .host(InetAddress.getLoopbackAddress().getHostAddress())
        .port(server.getPort()).build();
  }
}
