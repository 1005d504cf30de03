package io.github.pinterestapi.v5.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A query parameter whose values Pinterest wants in one comma-separated value
 * ({@code style: form, explode: false}), such as {@code columns=SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH}.
 *
 * <p>Retrofit repeats a {@code List} parameter once per value, so those parameters take this type:
 *
 * <pre>{@code
 * CommaSeparated.of(Columns.SPEND_IN_DOLLAR, Columns.TOTAL_CLICKTHROUGH)
 * }</pre>
 *
 * @param <T> the element type; each element is sent by its {@code toString()}
 */
public final class CommaSeparated<T> {
  private final List<T> values;

  private CommaSeparated(List<T> values) {
    this.values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** The given values, in order. */
  @SafeVarargs
  public static <T> CommaSeparated<T> of(T... values) {
    return new CommaSeparated<>(Arrays.asList(values));
  }

  /** The given values, in order. */
  public static <T> CommaSeparated<T> of(List<T> values) {
    return new CommaSeparated<>(values);
  }

  public List<T> values() {
    return values;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CommaSeparated && ((CommaSeparated<?>) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The wire form: the values joined with commas. */
  @Override
  public String toString() {
    StringBuilder joined = new StringBuilder();
    for (T value : values) {
      if (joined.length() > 0) {
        joined.append(',');
      }
      joined.append(value);
    }
    return joined.toString();
  }
}
