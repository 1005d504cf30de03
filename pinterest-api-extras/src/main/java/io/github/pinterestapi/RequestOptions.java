package io.github.pinterestapi;

import io.github.pinterestapi.extras.http.RetryPolicy;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Settings for one service call that differ from the client's: a timeout for the whole call
 * (retries and waits included), another retry policy, and extra headers. Immutable; unset values
 * keep the client's.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder().timeout(Duration.ofMinutes(2)).build();
 * Board board = pinterest.boards().get(BoardsGetParams.builder().boardId(id).build(), patient);
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final Duration timeout;
  private final RetryPolicy retryPolicy;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.retryPolicy = builder.retryPolicy;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
  }

  /** No changes: the client's settings apply. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The bound on the whole call, or null for the client's. */
  public Duration timeout() {
    return timeout;
  }

  /** The retry policy of this call, or null for the client's. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Headers added to this call's request, in the order they were set. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Whether these options change nothing. */
  public boolean isEmpty() {
    return timeout == null && retryPolicy == null && headers.isEmpty();
  }

  @Override
  public String toString() {
    // Header values may be credentials of the caller's own; names are enough to debug with.
    return "RequestOptions{timeout=" + timeout + ", retryPolicy=" + retryPolicy
        + ", headers=" + headers.keySet() + "}";
  }

  /** Collects request options; {@link #build()} makes the immutable value. */
  public static final class Builder {
    private Duration timeout;
    private RetryPolicy retryPolicy;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    private Builder(RequestOptions options) {
      this.timeout = options.timeout;
      this.retryPolicy = options.retryPolicy;
      this.headers.putAll(options.headers);
    }

    /** A bound on the whole call, retries and rate-limit waits included. */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The retry policy for this call instead of the client's. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /** Adds a header to the request, replacing one of the same name. */
    public Builder header(String name, String value) {
      headers.put(checkHeaderName(name), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }

  /** A header name a caller may add: the client alone sets credentials. */
  static String checkHeaderName(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isEmpty() || "authorization".equals(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("Not a header a call may set: '" + name
          + "' (the client sends the Authorization header itself)");
    }
    return name;
  }
}
