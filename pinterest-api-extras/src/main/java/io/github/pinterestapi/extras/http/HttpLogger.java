package io.github.pinterestapi.extras.http;

/**
 * Receives the client's HTTP log lines, already redacted: no tokens, secrets, passwords,
 * authorization codes or S3 upload signatures.
 *
 * <pre>{@code
 * Pinterest.builder().logging(System.out::println, HttpLogLevel.HEADERS)
 * Pinterest.builder().logging(line -> slf4j.debug("{}", line), HttpLogLevel.BODY)
 * }</pre>
 */
@FunctionalInterface
public interface HttpLogger {
  void log(String line);
}
