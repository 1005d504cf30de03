package io.github.pinterestapi.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canned Pinterest on loopback (the JDK's HTTP server): {@code GET /v5/pins/{id}},
 * {@code GET /v5/pins} paged by bookmark with an optional delay per page,
 * {@code GET/POST /v5/boards} and {@code GET /v5/user_account}. Answers 401 without a bearer token
 * and Pinterest's 404 error for pin id {@value #MISSING_PIN}. Every page carries the same 250 pins,
 * so serving costs little next to the client under test.
 *
 * <pre>{@code
 * try (LoopbackServer server = LoopbackServer.start(100_000, 20)) { ... server.baseUrl() ... }
 * }</pre>
 *
 * <p>{@code main(port, totalPins, pageLatencyMs)} runs one standalone for the timed scripts.
 */
public final class LoopbackServer implements AutoCloseable {
  /** A pin id the server answers 404 for. */
  public static final String MISSING_PIN = "404";
  /** The pin {@code GET /v5/pins/{id}} returns. */
  public static final String PIN = PinJson.pin(7);

  static {
    // Without it the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a call.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern BOOKMARK = Pattern.compile("(?:^|&)bookmark=p(\\d+)");

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "loopback-server");
    t.setDaemon(true);
    return t;
  });
  private final long totalPins;
  private final long pageLatencyMs;
  private final byte[] pinBytes = PIN.getBytes(StandardCharsets.UTF_8);
  private final byte[] pageItems;

  private LoopbackServer(int port, long totalPins, long pageLatencyMs) throws IOException {
    this.totalPins = totalPins;
    this.pageLatencyMs = pageLatencyMs;
    String page = PinJson.page(0, PinJson.PAGE_SIZE, null);
    // The items array, without {"items": and ,"bookmark":null}.
    this.pageItems = page.substring("{\"items\":".length(), page.lastIndexOf(",\"bookmark\""))
        .getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    server.setExecutor(threads);
    server.createContext("/v5/", this::handle);
    server.start();
  }

  /** A server on a free port; {@code totalPins} should be a multiple of 250. */
  public static LoopbackServer start(long totalPins, long pageLatencyMs) throws IOException {
    return new LoopbackServer(0, totalPins, pageLatencyMs);
  }

  /** {@code http://127.0.0.1:PORT/v5/} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v5/";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] request = exchange.getRequestBody().readAllBytes();
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (auth == null || !auth.startsWith("Bearer ")) {
        send(exchange, 401, "{\"code\":2,\"message\":\"Authentication failed.\"}");
        return;
      }
      URI uri = exchange.getRequestURI();
      String path = uri.getPath().substring("/v5/".length());
      String method = exchange.getRequestMethod();
      if (path.equals("pins") && method.equals("GET")) {
        sendPage(exchange, uri.getRawQuery());
      } else if (path.startsWith("pins/") && method.equals("GET")) {
        if (path.equals("pins/" + MISSING_PIN)) {
          send(exchange, 404, "{\"code\":50,\"message\":\"Pin not found.\"}");
        } else {
          send(exchange, 200, pinBytes);
        }
      } else if (path.equals("boards") && method.equals("GET")) {
        send(exchange, 200, "{\"items\":[" + board("Summer recipes") + "," + board("Linen")
            + "],\"bookmark\":null}");
      } else if (path.equals("boards") && method.equals("POST")) {
        Matcher name = NAME.matcher(new String(request, StandardCharsets.UTF_8));
        send(exchange, 201, board(name.find() ? name.group(1) : "?"));
      } else if (path.equals("user_account") && method.equals("GET")) {
        send(exchange, 200, ACCOUNT);
      } else {
        send(exchange, 404, "{\"code\":404,\"message\":\"No route " + method + " " + path + "\"}");
      }
    }
  }

  private void sendPage(HttpExchange exchange, String query) throws IOException {
    if (pageLatencyMs > 0) {
      try {
        Thread.sleep(pageLatencyMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    Matcher at = BOOKMARK.matcher(query == null ? "" : query);
    long pageIndex = at.find() ? Long.parseLong(at.group(1)) : 0;
    long next = pageIndex + 1;
    String bookmark = next * PinJson.PAGE_SIZE < totalPins ? "\"p" + next + "\"" : "null";
    ByteArrayOutputStream body = new ByteArrayOutputStream(pageItems.length + 64);
    body.write("{\"items\":".getBytes(StandardCharsets.UTF_8));
    body.write(pageItems);
    body.write((",\"bookmark\":" + bookmark + "}").getBytes(StandardCharsets.UTF_8));
    send(exchange, 200, body.toByteArray());
  }

  private static String board(String name) {
    return "{\"id\":\"549755813888\",\"created_at\":\"2020-01-01T20:10:40\","
        + "\"board_pins_modified_at\":\"2024-03-01T08:00:00\",\"name\":\"" + name + "\","
        + "\"description\":\"Ideas worth keeping\",\"collaborator_count\":2,\"pin_count\":340,"
        + "\"follower_count\":1200,\"media\":{\"image_cover_url\":\"https://i.pinimg.com/400x300/"
        + "ab/cd/ef/abcdef.jpg\",\"pin_thumbnail_urls\":[\"https://i.pinimg.com/150x150/a.jpg\","
        + "\"https://i.pinimg.com/150x150/b.jpg\"]},\"owner\":{\"username\":\"studio_oak\"},"
        + "\"privacy\":\"PUBLIC\",\"is_ads_only\":false}";
  }

  private static final String ACCOUNT = "{\"account_type\":\"BUSINESS\",\"id\":\"549755885175\","
      + "\"profile_image\":\"https://i.pinimg.com/600x600_R/42/f5/36/42f5364f.jpg\","
      + "\"website_url\":\"https://www.example-shop.com\",\"username\":\"studio_oak\","
      + "\"about\":\"Furniture and ceramics\",\"business_name\":\"Studio Oak\",\"board_count\":12,"
      + "\"pin_count\":340,\"follower_count\":1200,\"following_count\":80,\"monthly_views\":45000}";

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("x-pinterest-rid", "loopback");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Serves until killed: {@code port totalPins pageLatencyMs}; prints the base URL when ready. */
  public static void main(String[] args) throws IOException, InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    long total = args.length > 1 ? Long.parseLong(args[1]) : 1000;
    long latency = args.length > 2 ? Long.parseLong(args[2]) : 0;
    LoopbackServer server = new LoopbackServer(port, total, latency);
    System.out.println(server.baseUrl());
    System.out.flush();
    Thread.currentThread().join();
  }
}
