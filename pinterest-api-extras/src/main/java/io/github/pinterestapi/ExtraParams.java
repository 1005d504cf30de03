package io.github.pinterestapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a call sends beyond the parameters Pinterest's description knows: extra query parameters,
 * headers and top-level JSON body properties, for a field Pinterest has shipped before the
 * description lists it. Every generated parameter class carries one, set through its builder's
 * {@code putExtra…} methods. Immutable.
 *
 * <pre>{@code
 * BoardsListParams.builder().putExtraQueryParam("include_archived", "true").build()
 * }</pre>
 */
public final class ExtraParams {
  private static final ExtraParams NONE = new Builder().build();

  private final Map<String, List<String>> queryParams;
  private final Map<String, String> headers;
  private final Map<String, @Nullable Object> bodyProperties;

  private ExtraParams(Builder builder) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    builder.queryParams.forEach((name, values) ->
        query.put(name, Collections.unmodifiableList(new ArrayList<>(values))));
    this.queryParams = Collections.unmodifiableMap(query);
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.bodyProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.bodyProperties));
  }

  /** Nothing extra. */
  public static ExtraParams none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Query parameters added to the URL, each name with its values in order. */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /** Headers added to the request. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Properties added to the JSON object the request sends; values are written with Moshi. */
  public Map<String, @Nullable Object> bodyProperties() {
    return bodyProperties;
  }

  /** Whether nothing extra is sent. */
  public boolean isEmpty() {
    return queryParams.isEmpty() && headers.isEmpty() && bodyProperties.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExtraParams && ((ExtraParams) other).queryParams.equals(queryParams)
        && ((ExtraParams) other).headers.equals(headers)
        && ((ExtraParams) other).bodyProperties.equals(bodyProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queryParams, headers, bodyProperties);
  }

  @Override
  public String toString() {
    // Names only: values may be the caller's secrets.
    return "ExtraParams{query=" + queryParams.keySet() + ", headers=" + headers.keySet()
        + ", body=" + bodyProperties.keySet() + "}";
  }

  /** Collects extra parameters; {@link #build()} makes the immutable value. */
  public static final class Builder {
    // Made on first use: every parameter builder holds one of these, almost always left empty.
    private Map<String, List<String>> queryParams = Collections.emptyMap();
    private Map<String, String> headers = Collections.emptyMap();
    private Map<String, @Nullable Object> bodyProperties = Collections.emptyMap();

    private Builder() {}

    private Builder(ExtraParams extra) {
      extra.queryParams.forEach((name, values) -> {
        queryParams = writable(queryParams);
        queryParams.put(name, new ArrayList<>(values));
      });
      headers = writable(headers);
      headers.putAll(extra.headers);
      bodyProperties = writable(bodyProperties);
      bodyProperties.putAll(extra.bodyProperties);
    }

    /** {@code map}, or a new one to put into in place of the shared empty one. */
    private static <V> Map<String, V> writable(Map<String, V> map) {
      return map.isEmpty() ? new LinkedHashMap<>() : map;
    }

    /** Adds a query parameter; calling it again with the same name repeats the parameter. */
    public Builder putQueryParam(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      queryParams = writable(queryParams);
      queryParams.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    /** Adds a header, replacing one of the same name. Not {@code Authorization}. */
    public Builder putHeader(String name, String value) {
      String checked = RequestOptions.checkHeaderName(name);
      Objects.requireNonNull(value, "value == null");
      headers = writable(headers);
      headers.put(checked, value);
      return this;
    }

    /**
     * Adds a top-level property to the JSON body, such as a string, number, boolean, list, map
     * or model; {@code null} sends an explicit JSON null. It must not be one the body already has.
     */
    public Builder putBodyProperty(String name, @Nullable Object value) {
      Objects.requireNonNull(name, "name == null");
      bodyProperties = writable(bodyProperties);
      bodyProperties.put(name, value);
      return this;
    }

    public ExtraParams build() {
      // Every parameter object builds one, almost always empty: that one is shared.
      boolean nothing = queryParams.isEmpty() && headers.isEmpty() && bodyProperties.isEmpty();
      return nothing && NONE != null ? NONE : new ExtraParams(this);
    }
  }
}
