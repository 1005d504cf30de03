package io.github.pinterestapi.v5.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Base of every generated enum: a value that may be one Pinterest documents or a new one.
 *
 * <p>Pinterest adds enum values often, so a value we don't know decodes instead of failing, and
 * its raw value stays available:
 *
 * <pre>{@code
 * BoardPrivacy privacy = board.getPrivacy();
 * if (privacy == BoardPrivacy.SECRET) { ... }          // known values are singletons
 * if (!privacy.isKnown()) log("new privacy " + privacy.value());
 * switch (privacy.known()) { case PUBLIC: ...; case _UNKNOWN: ...; }
 * }</pre>
 *
 * @param <V> the JSON type of the value: String, Integer, BigDecimal or Boolean
 */
public abstract class OpenEnum<V> {
  private final V value;
  private final boolean known;
  /** Where {@link #index} put this constant, so {@link #known(Class, Enum)} needs no lookup. */
  private int position = -1;

  protected OpenEnum(V value, boolean known) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    this.value = value;
    this.known = known;
  }

  /** The raw value as Pinterest sends it. */
  public final V value() {
    return value;
  }

  /** Whether this value is one the description of this library's version lists. */
  public final boolean isKnown() {
    return known;
  }

  /**
   * The generated {@code Known} constant of this value: the one declared at the same position as
   * this value's constant, or {@code unknown}.
   */
  protected final <K extends Enum<K>> K known(Class<K> type, K unknown) {
    return position < 0 ? unknown : type.getEnumConstants()[position];
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass() && ((OpenEnum<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The raw value, which is also what Retrofit sends for a query parameter. */
  @Override
  public final String toString() {
    return String.valueOf(value);
  }

  /** Indexes the known constants of a generated enum by value; used by its static initializer. */
  @SafeVarargs
  protected static <V, E extends OpenEnum<V>> Map<V, E> index(E... constants) {
    Map<V, E> byValue = new LinkedHashMap<>();
    for (int i = 0; i < constants.length; i++) {
      ((OpenEnum<?>) constants[i]).position = i;
      byValue.put(constants[i].value(), constants[i]);
    }
    return Collections.unmodifiableMap(byValue);
  }

  /** The known constants in declaration order. */
  protected static <V, E extends OpenEnum<V>> List<E> list(Map<V, E> known) {
    return Collections.unmodifiableList(new ArrayList<>(known.values()));
  }
}
