package io.github.pinterestapi.v5.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Base of generated {@code anyOf} types: holds exactly one of the alternatives.
 *
 * <pre>{@code
 * PinMediaMetadata metadata = ...;
 * if (metadata.value() instanceof ImageMetadata) { ... }
 * }</pre>
 */
public abstract class UnionValue {
  private final Object value;

  protected UnionValue(Object value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    this.value = value;
  }

  /** The alternative this value holds. */
  public final Object value() {
    return value;
  }

  /** The held alternative if it is a {@code type}, else null. */
  public final <T> @Nullable T as(Class<T> type) {
    return type.isInstance(value) ? type.cast(value) : null;
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass() && ((UnionValue) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "(" + value + ")";
  }
}
