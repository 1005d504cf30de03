package io.github.pinterestapi.extras.http;

import io.github.pinterestapi.internal.http.RedactingLoggingInterceptor;

/**
 * How much {@link RedactingLoggingInterceptor} writes for each request.
 *
 * <pre>{@code
 * Pinterest.builder().logging(System.out::println, HttpLogLevel.BASIC)
 * }</pre>
 */
public enum HttpLogLevel {
  /** Request line, operation, status and time. */
  BASIC,
  /** BASIC plus headers, with credentials masked. */
  HEADERS,
  /** HEADERS plus textual bodies (JSON, forms, text) up to 64 KiB, with secret fields masked. */
  BODY
}
