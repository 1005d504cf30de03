package io.github.pinterestapi.v5.runtime;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An object sent as query parameters: a generated method takes it where the description has a
 * query parameter whose value is an object, and Retrofit sends each of its entries as one pair.
 *
 * <p>The value is written through its own JSON form (the one Moshi sends in a body), then
 * flattened: {@link #deepObject} gives {@code name[key]=value}, nested objects
 * {@code name[key][sub]=value} and arrays {@code name[key][0]=value}; {@link #form} leaves the
 * parameter's name out of the top level ({@code key=value}). Absent and null members are not sent,
 * and a null object sends nothing (an optional parameter left unset).
 *
 * <pre>{@code
 * catalogs.reportsStats(QueryObject.deepObject("parameters", new CatalogsRetailReportStatsParameters()
 *     .catalogType(CatalogsType.RETAIL).report(report)), adAccountId, null, null);
 * // ?parameters[catalog_type]=RETAIL&parameters[report][report_type]=DISTRIBUTION_STATS...
 * }</pre>
 *
 * @param <T> the type of the object
 */
public final class QueryObject<T> extends AbstractMap<String, String> {
  private final T value;
  private final Map<String, String> pairs;

  private QueryObject(T value, Map<String, String> pairs) {
    this.value = value;
    this.pairs = Collections.unmodifiableMap(pairs);
  }

  /**
   * The {@code style: deepObject} form: {@code name[key]=value} for each member.
   *
   * @param name the query parameter's name, as the description gives it
   * @param value the object
   * @param <T> its type
   * @return the pairs to send
   */
  public static <T> QueryObject<T> deepObject(String name, T value) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("A deepObject parameter needs its name");
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    if (value != null) {
      flatten(name, jsonOf(value), pairs);
    }
    return new QueryObject<>(value, pairs);
  }

  /**
   * The {@code style: form} form of an object: {@code key=value} for each member, deeper members
   * as {@code key[sub]=value}.
   *
   * @param name the query parameter's name (not sent: form style spreads the members)
   * @param value the object
   * @param <T> its type
   * @return the pairs to send
   */
  public static <T> QueryObject<T> form(String name, T value) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (value == null) {
      return new QueryObject<>(null, pairs);
    }
    Object json = jsonOf(value);
    if (!(json instanceof Map)) {
      throw new IllegalArgumentException(name + " is not an object: " + json);
    }
    for (Map.Entry<?, ?> member : ((Map<?, ?>) json).entrySet()) {
      flatten(String.valueOf(member.getKey()), member.getValue(), pairs);
    }
    return new QueryObject<>(value, pairs);
  }

  /** The object these pairs were made from; null when nothing is sent. */
  public T value() {
    return value;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return pairs.entrySet();
  }

  private static Object jsonOf(Object value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    return PinterestMoshi.onDemand().adapter(Object.class).toJsonValue(value);
  }

  private static void flatten(String key, Object json, Map<String, String> pairs) {
    if (json == null) {
      return;
    }
    if (json instanceof Map) {
      for (Map.Entry<?, ?> member : ((Map<?, ?>) json).entrySet()) {
        flatten(key + "[" + member.getKey() + "]", member.getValue(), pairs);
      }
    } else if (json instanceof List) {
      List<?> items = (List<?>) json;
      for (int i = 0; i < items.size(); i++) {
        flatten(key + "[" + i + "]", items.get(i), pairs);
      }
    } else {
      pairs.put(key, scalar(json));
    }
  }

  private static String scalar(Object json) {
    if (json instanceof Double || json instanceof Float) {
      // Moshi's JSON form holds some numbers as doubles: 5.0 was written as 5.
      return new BigDecimal(json.toString()).stripTrailingZeros().toPlainString();
    }
    if (json instanceof BigDecimal) {
      return ((BigDecimal) json).toPlainString();
    }
    return String.valueOf(json);
  }
}
