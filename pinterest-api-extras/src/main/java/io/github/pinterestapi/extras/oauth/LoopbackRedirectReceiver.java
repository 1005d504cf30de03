package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Receives the OAuth redirect on {@code http://127.0.0.1:PORT/PATH} for desktop tools and
 * command-line programs, using the JDK's built-in HTTP server. JVM only: Android apps use a deep
 * link and {@link RedirectUri} instead (this class is kept out of the Android API check by name).
 *
 * <p>One-shot: the first request to the path is the answer; it is shown a short "you can close
 * this window" page and the server stops once {@link #awaitCode(String, Duration)} returns.
 * Register the exact {@link #redirectUri()} (so a fixed port) with the Pinterest app.
 *
 * <pre>{@code
 * try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start(8085, "/")) {
 *   AuthorizationUrl auth = AuthorizationUrl.builder().clientId(appId)
 *       .redirectUri(receiver.redirectUri()).scopes(Scope.BOARDS_READ).build();
 *   Desktop.getDesktop().browse(URI.create(auth.url()));
 *   String code = receiver.awaitCode(auth.state(), Duration.ofMinutes(5));
 * }
 * }</pre>
 */
public final class LoopbackRedirectReceiver implements Closeable {
  private static final String CLOSE_PAGE = "<!doctype html><html><head><meta charset=\"utf-8\">"
      + "<title>Pinterest sign-in</title></head><body><p>%s You can close this window.</p>"
      + "</body></html>";

  private final HttpServer server;
  private final String path;
  private final String redirectUri;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch arrived = new CountDownLatch(1);
  private final AtomicReference<RedirectUri> redirect = new AtomicReference<>();

  private LoopbackRedirectReceiver(int port, String path) throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    this.path = path;
    server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
    server.createContext(path, this::handle);
    server.start();
    redirectUri = "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Listens on a free port at {@code /callback}; only useful where any port may be registered. */
  public static LoopbackRedirectReceiver start() {
    return start(0, "/callback");
  }

  /**
   * Listens on 127.0.0.1 at {@code port} (0 picks a free one) and {@code path}.
   *
   * @throws OAuthException if the port is taken
   */
  public static LoopbackRedirectReceiver start(int port, String path) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /");
    }
    try {
      return new LoopbackRedirectReceiver(port, path);
    } catch (IOException e) {
      throw new OAuthException("Could not listen for the redirect on 127.0.0.1:" + port, e);
    }
  }

  /** The redirect URI to put in the authorization URL, such as {@code http://127.0.0.1:8085/}. */
  public String redirectUri() {
    return redirectUri;
  }

  /**
   * Waits for the redirect, then returns its code after checking the state; stops the server.
   *
   * @throws AuthorizationTimeoutException if no redirect arrives within {@code timeout}
   * @throws StateMismatchException if the redirect answers another request
   * @throws AuthorizationDeniedException if the user declined
   */
  public String awaitCode(String expectedState, Duration timeout) {
    try {
      if (!arrived.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new AuthorizationTimeoutException("No sign-in redirect arrived at " + redirectUri
            + " within " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthException("Interrupted while waiting for the sign-in redirect", e);
    } finally {
      close();
    }
    return redirect.get().requireCode(expectedState);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      // Contexts match by prefix; "/" would otherwise take the browser's /favicon.ico as the answer.
      if (!exchange.getRequestURI().getRawPath().equals(path)) {
        respond(exchange, 404, "Not the sign-in address.");
        return;
      }
      RedirectUri received;
      try {
        received = RedirectUri.parse(exchange.getRequestURI().toString());
      } catch (IllegalArgumentException e) {
        respond(exchange, 400, "This is not a sign-in redirect.");
        return;
      }
      boolean first = redirect.compareAndSet(null, received);
      respond(exchange, 200, !first ? "Sign-in was already handled."
          : received.isError() ? "Sign-in was not completed; return to the application."
          : "Sign-in complete; return to the application.");
    } finally {
      exchange.close();
      // Only after the page is sent, so stopping the server cannot cut the browser off.
      if (redirect.get() != null) {
        arrived.countDown();
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, String message)
      throws IOException {
    byte[] page = String.format(CLOSE_PAGE, message).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, page.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(page);
    }
  }

  /** Stops listening; safe to call more than once. */
  @Override
  public void close() {
    if (stopped.compareAndSet(false, true)) {
      server.stop(0);
    }
  }

  @Override
  public String toString() {
    return "LoopbackRedirectReceiver{" + redirectUri + "}";
  }
}
