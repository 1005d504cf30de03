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
 *
 * <p>{@link #get()} knows every generated type. {@link #onDemand()} knows only those that code has
 * registered ({@link GeneratedAdapters}): what the client and its services use, so that a shrinker
 * keeps only the adapters an app's operations reach.
 */
public final class PinterestMoshi {
  private PinterestMoshi() {}

  // Holders: the table of every type is loaded only by callers of get().
  private static final class Everything {
    static final Moshi SHARED = newBuilder().build();
  }

  private static final class OnDemand {
    static final Moshi SHARED = newBuilder(new GeneratedAdapters()).build();
  }

  /** A shared instance with an adapter for every generated type; adapters are cached in it. */
  public static Moshi get() {
    return Everything.SHARED;
  }

  /** A builder with every generated type's adapter, to which callers may add their own. */
  public static Moshi.Builder newBuilder() {
    GeneratedAdapters generated = new GeneratedAdapters();
    generated.includeEverything(ModelJsonAdapters.all());
    return newBuilder(generated);
  }

  /**
   * A shared instance that knows the generated types registered with {@link GeneratedAdapters}
   * and no others (an unregistered model fails with a clear error, never by reflection).
   */
  public static Moshi onDemand() {
    return OnDemand.SHARED;
  }

  /** A builder with {@code generated} and the handwritten adapters (unions, dates, free form). */
  public static Moshi.Builder newBuilder(GeneratedAdapters generated) {
    return new Moshi.Builder().add(generated).add(new PinterestJsonAdapters());
  }
}
