package io.github.pinterestapi.extras.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import io.github.pinterestapi.internal.Redactor;

/**
 * Logs each HTTP exchange with credentials masked: {@code Authorization}, cookies, access and
 * refresh tokens, OAuth {@code code}, {@code client_secret}, passwords, and the S3 upload fields
 * {@code policy}, {@code x-amz-signature}, {@code x-amz-credential}, in headers, query strings,
 * JSON, form and multipart bodies.
 *
 * <p>It sits last among the client's interceptors, so it logs every retry attempt with the
 * headers actually sent.
 *
 * <pre>{@code
 * Pinterest.builder().logging(System.err::println, HttpLogLevel.BODY).build();
 * }</pre>
 */
public final class RedactingLoggingInterceptor implements Interceptor {
  private final HttpLogger logger;
  private final HttpLogLevel level;

  public RedactingLoggingInterceptor(HttpLogger logger, HttpLogLevel level) {
    this.logger = logger;
    this.level = level;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    log(() -> {
      String operation = Operations.id(request);
      return "--> " + request.method() + " " + Redactor.url(request.url())
          + (operation == null ? "" : " (" + operation + ")");
    });
    if (level != HttpLogLevel.BASIC) {
      logHeaders(request.headers());
      if (request.body() != null && request.body().contentType() != null) {
        log(() -> "Content-Type: " + request.body().contentType());
      }
    }
    if (level == HttpLogLevel.BODY && request.body() != null) {
      log(() -> LoggedBodies.request(request.body()));
    }

    long started = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log(() -> "<-- FAILED " + Redactor.url(request.url()) + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + Redactor.text(e.getMessage())));
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    log(() -> "<-- " + response.code()
        + (response.message().isEmpty() ? "" : " " + response.message())
        + " " + Redactor.url(response.request().url()) + " (" + millis + " ms)");
    if (level != HttpLogLevel.BASIC) {
      logHeaders(response.headers());
    }
    if (level == HttpLogLevel.BODY) {
      String body;
      try {
        body = LoggedBodies.response(response);
      } catch (IOException e) {
        log(() -> "<-- body FAILED: " + e.getClass().getSimpleName());
        response.close();
        throw e; // The network failed: as the caller would have seen it, only earlier.
      } catch (Throwable e) {
        body = "(body not logged: " + e.getClass().getSimpleName() + ")";
      }
      String line = body;
      log(() -> line);
    }
    return response;
  }

  /**
   * Logs one line. Whatever goes wrong while building or writing it (a logger that throws, a
   * request body that cannot be read twice, a bug in redaction) costs the line, never the call.
   */
  private void log(LogLine line) {
    String text;
    try {
      text = line.build();
    } catch (Throwable e) {
      text = "(log line not built: " + e.getClass().getSimpleName() + ")";
    }
    try {
      logger.log(text);
    } catch (Throwable ignored) {
      // The logger itself failed; nothing more can be told to it.
    }
  }

  /** One log line, built lazily so that its failures are contained. */
  private interface LogLine {
    String build() throws IOException;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      int index = i;
      log(() -> headers.name(index) + ": " + Redactor.header(headers.name(index), headers.value(index)));
    }
  }
}
