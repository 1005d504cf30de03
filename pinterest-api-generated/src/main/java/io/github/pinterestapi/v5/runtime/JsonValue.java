package io.github.pinterestapi.v5.runtime;

import java.util.List;
import java.util.Map;

/**
 * Base of generated types whose schema allows plain JSON values, such as "a string or a list of
 * strings". The value is kept exactly: String, Long or BigDecimal, Boolean, List, Map (whose
 * null members are kept), or null.
 *
 * <pre>{@code
 * ItemAttributesRequestAllOfImageLink link = ItemAttributesRequestAllOfImageLink.of("https://…");
 * }</pre>
 */
public abstract class JsonValue {
  private final Object value;

  protected JsonValue(Object value) {
    this.value = value;
  }

  /** The JSON value: String, Long or BigDecimal, Boolean, List, Map, or null. */
  public final Object value() {
    return value;
  }

  /** The value if it is a string, else null. */
  public final String asString() {
    return value instanceof String ? (String) value : null;
  }

  /** The value if it is an array, else null. */
  public final List<?> asList() {
    return value instanceof List ? (List<?>) value : null;
  }

  /** The value if it is an object, else null. */
  public final Map<?, ?> asMap() {
    return value instanceof Map ? (Map<?, ?>) value : null;
  }

  @Override
  public final boolean equals(Object other) {
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    Object theirs = ((JsonValue) other).value;
    return value == null ? theirs == null : value.equals(theirs);
  }

  @Override
  public final int hashCode() {
    return value == null ? 0 : value.hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "(" + value + ")";
  }
}
