package io.github.pinterestapi.extras.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

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
    String operation = Operations.id(request);
    logger.log("--> " + request.method() + " " + Redactor.url(request.url())
        + (operation == null ? "" : " (" + operation + ")"));
    if (level != HttpLogLevel.BASIC) {
      logHeaders(request.headers());
      if (request.body() != null && request.body().contentType() != null) {
        logger.log("Content-Type: " + request.body().contentType());
      }
    }
    if (level == HttpLogLevel.BODY && request.body() != null) {
      logger.log(LoggedBodies.request(request.body()));
    }

    long started = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log("<-- FAILED " + Redactor.url(request.url()) + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + Redactor.text(e.getMessage())));
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    logger.log("<-- " + response.code() + (response.message().isEmpty() ? "" : " " + response.message())
        + " " + Redactor.url(response.request().url()) + " (" + millis + " ms)");
    if (level != HttpLogLevel.BASIC) {
      logHeaders(response.headers());
    }
    if (level == HttpLogLevel.BODY) {
      try {
        logger.log(LoggedBodies.response(response));
      } catch (IOException e) {
        logger.log("<-- body FAILED: " + e.getClass().getSimpleName());
        response.close();
        throw e; // As the caller would have seen it, only earlier.
      }
    }
    return response;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      logger.log(headers.name(i) + ": " + Redactor.header(headers.name(i), headers.value(i)));
    }
  }
}
