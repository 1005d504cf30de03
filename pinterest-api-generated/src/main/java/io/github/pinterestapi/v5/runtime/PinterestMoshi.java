package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.Moshi;
import io.github.pinterestapi.v5.model.ModelJsonAdapters;

/**
 * The one place that configures Moshi for Pinterest's models.
 *
 * <pre>{@code
 * Moshi moshi = PinterestMoshi.get();
 * Board board = moshi.adapter(Board.class).fromJson(json);
 * }</pre>
 */
public final class PinterestMoshi {
  private static final Moshi SHARED = newBuilder().build();

  private PinterestMoshi() {}

  /** A shared instance with every adapter the generated code needs; adapters are cached in it. */
  public static Moshi get() {
    return SHARED;
  }

  /** A builder with those adapters, to which callers may add their own. */
  public static Moshi.Builder newBuilder() {
    return new Moshi.Builder().add(new ModelJsonAdapters()).add(new PinterestJsonAdapters());
  }
}
