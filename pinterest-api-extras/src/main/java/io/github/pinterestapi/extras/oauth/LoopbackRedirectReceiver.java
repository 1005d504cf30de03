package io.github.pinterestapi.extras.oauth;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import io.github.pinterestapi.errors.oauth.AuthorizationDeniedException;
import io.github.pinterestapi.errors.oauth.AuthorizationTimeoutException;
import io.github.pinterestapi.errors.oauth.OAuthException;

/**
 * Receives the OAuth redirect on {@code http://127.0.0.1:PORT/PATH} for desktop tools and
 * command-line programs, on a plain server socket. JVM only: Android apps use a deep link and
 * {@link RedirectUri} instead (this class is kept out of the Android API check by name).
 *
 * <p>Only a request carrying the expected {@code state} ends the wait, whether it brings a code
 * or an error; anything else (a bare callback, a wrong state, a state-less
 * {@code error=access_denied}, another path) gets a 400 or 404 page and the receiver keeps
 * waiting. Each connection is served on its own thread with a short read deadline, so a
 * half-sent request cannot stall the real redirect. Call {@link #expectState(String)} before
 * opening the browser: requests that arrive before the state is known are only kept (a few, and
 * answered with a neutral page), then judged once {@link #awaitCode(String, Duration)} names it. Register the exact {@link #redirectUri()} (so a fixed port) with the app.
 *
 * <pre>{@code
 * try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start(8085, "/")) {
 *   AuthorizationUrl auth = AuthorizationUrl.builder().clientId(appId)
 *       .redirectUri(receiver.redirectUri()).scopes(Scope.BOARDS_READ).build();
 *   receiver.expectState(auth.state());
 *   Desktop.getDesktop().browse(URI.create(auth.url()));
 *   String code = receiver.awaitCode(auth.state(), Duration.ofMinutes(5));
 * }
 * }</pre>
 */
public final class LoopbackRedirectReceiver implements Closeable {
  /** How long one connection may take to send its request. */
  static final int READ_DEADLINE_MILLIS = 5_000;
  private static final int MAX_REQUEST_BYTES = 16 * 1024;
  private static final int MAX_CONNECTIONS = 16;
  private static final int MAX_EARLY = 8;
  private static final String CLOSE_PAGE = "<!doctype html><html><head><meta charset=\"utf-8\">"
      + "<title>Pinterest sign-in</title></head><body><p>%s</p></body></html>";

  private final ServerSocket socket;
  private final String path;
  private final String redirectUri;
  private final ExecutorService connections;
  private final Semaphore connectionSlots = new Semaphore(MAX_CONNECTIONS);
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final Object lock = new Object();
  private String expectedState;
  private RedirectUri accepted;
  // Arrived before the state was known; judged when it is.
  private final List<RedirectUri> early = new ArrayList<>();
  // Set once the accepted request's page is sent, so stopping cannot cut the browser off.
  private RedirectUri answered;

  private LoopbackRedirectReceiver(int port, String path) throws IOException {
    this.socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
    this.path = path;
    this.redirectUri = "http://127.0.0.1:" + socket.getLocalPort() + path;
    this.connections = Executors.newCachedThreadPool(daemon("pinterest-oauth-redirect"));
    Thread acceptor = daemon("pinterest-oauth-accept").newThread(this::acceptLoop);
    acceptor.start();
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
   * The state of the authorization URL just built: from now on, requests with another state are
   * answered 400 at once.
   */
  public void expectState(String state) {
    if (state == null || state.isEmpty()) {
      throw new IllegalArgumentException("state is required");
    }
    synchronized (lock) {
      expectedState = state;
      for (RedirectUri candidate : early) {
        if (accepted == null && candidate.answers(state)) {
          accepted = candidate;
          answered = candidate; // Its browser already has its page.
        }
      }
      early.clear();
      lock.notifyAll();
    }
  }

  /**
   * Waits for the redirect that carries {@code expectedState}, then returns its code; stops the
   * server.
   *
   * @throws AuthorizationTimeoutException if no such redirect arrives within {@code timeout}
   * @throws AuthorizationDeniedException if the user declined
   */
  public String awaitCode(String expectedState, Duration timeout) {
    expectState(expectedState);
    long deadline = System.nanoTime() + timeout.toNanos();
    RedirectUri redirect;
    try {
      synchronized (lock) {
        while (answered == null) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw new AuthorizationTimeoutException("No sign-in redirect arrived at "
                + redirectUri + " within " + timeout);
          }
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        }
        redirect = answered;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthException("Interrupted while waiting for the sign-in redirect", e);
    } finally {
      close();
    }
    return redirect.requireCode(expectedState);
  }

  private void acceptLoop() {
    while (!stopped.get()) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (IOException e) {
        return; // Closed.
      }
      if (!connectionSlots.tryAcquire()) {
        closeQuietly(connection); // A flood of connections: the real browser retries.
        continue;
      }
      try {
        connections.execute(() -> {
          try {
            serve(connection);
          } finally {
            closeQuietly(connection);
            connectionSlots.release();
          }
        });
      } catch (RuntimeException e) {
        closeQuietly(connection);
        connectionSlots.release();
      }
    }
  }

  private void serve(Socket connection) {
    try {
      connection.setSoTimeout(READ_DEADLINE_MILLIS);
      String target = requestTarget(connection.getInputStream());
      if (target == null) {
        respond(connection, 400, "This is not a sign-in redirect.");
        return;
      }
      int query = target.indexOf('?');
      String requestPath = query < 0 ? target : target.substring(0, query);
      // Only the exact path: "/" must not take the browser's /favicon.ico for the answer.
      if (!requestPath.equals(path)) {
        respond(connection, 404, "Not the sign-in address.");
        return;
      }
      RedirectUri received;
      try {
        received = RedirectUri.parse("http://127.0.0.1" + target);
      } catch (IllegalArgumentException e) {
        respond(connection, 400, "This is not a sign-in redirect.");
        return;
      }
      Verdict verdict = judge(received);
      try {
        respond(connection, verdict == Verdict.REFUSED ? 400 : 200, verdict.page(received));
      } finally {
        if (verdict == Verdict.ACCEPTED) {
          synchronized (lock) {
            answered = received;
            lock.notifyAll();
          }
        }
      }
    } catch (IOException e) {
      // A connection that stalled past its deadline or broke off: ignored; the wait goes on.
    }
  }

  private enum Verdict {
    ACCEPTED, REFUSED, ALREADY_HANDLED, KEPT;

    String page(RedirectUri received) {
      switch (this) {
        case KEPT:
          return "Received; return to the application. You can close this window.";
        case ACCEPTED:
          return received.isError() ? "Sign-in was not completed; return to the application."
              : "Sign-in complete; return to the application. You can close this window.";
        case ALREADY_HANDLED:
          return "Sign-in was already handled. You can close this window.";
        default:
          return "This is not the sign-in this application is waiting for.";
      }
    }
  }

  private Verdict judge(RedirectUri received) {
    synchronized (lock) {
      if (expectedState == null) {
        if (received.state() == null || early.size() >= MAX_EARLY) {
          return Verdict.REFUSED;
        }
        early.add(received);
        return Verdict.KEPT;
      }
      if (!received.answers(expectedState)) {
        return Verdict.REFUSED;
      }
      if (accepted != null) {
        return Verdict.ALREADY_HANDLED;
      }
      accepted = received;
      return Verdict.ACCEPTED;
    }
  }

  /** The request target of a {@code GET} request line, or null; reads the headers away. */
  private static String requestTarget(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int total = 0;
    for (int c; (c = in.read()) != -1; ) {
      if (++total > MAX_REQUEST_BYTES) {
        return null;
      }
      if (c == '\n') {
        String text = line.toString().trim();
        if (text.isEmpty()) {
          break; // End of the headers.
        }
        lines.add(text);
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
    if (lines.isEmpty()) {
      return null;
    }
    String[] parts = lines.get(0).split(" ", -1);
    if (parts.length != 3 || !parts[0].equals("GET") || !parts[1].startsWith("/")) {
      return null;
    }
    return parts[1];
  }

  private static void respond(Socket connection, int status, String message) throws IOException {
    byte[] page = String.format(CLOSE_PAGE, message).getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : status == 404 ? " Not Found"
        : " Bad Request") + "\r\nContent-Type: text/html; charset=utf-8\r\n"
        + "Cache-Control: no-store\r\nContent-Length: " + page.length
        + "\r\nConnection: close\r\n\r\n";
    OutputStream out = connection.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(page);
    out.flush();
  }

  /** Stops listening; safe to call more than once. */
  @Override
  public void close() {
    if (stopped.compareAndSet(false, true)) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing: nothing left to do.
      }
      connections.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "LoopbackRedirectReceiver{" + redirectUri + "}";
  }

  private static void closeQuietly(Socket connection) {
    try {
      connection.close();
    } catch (IOException ignored) {
      // Already gone.
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
