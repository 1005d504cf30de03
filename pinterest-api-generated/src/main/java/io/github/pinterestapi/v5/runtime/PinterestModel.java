package io.github.pinterestapi.v5.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Base of every generated model class.
 *
 * <p>It remembers which nullable properties the caller set to null on purpose, so that a PATCH
 * body sends {@code "description": null} for them while properties nobody touched are omitted:
 *
 * <pre>{@code
 * new BoardUpdate().name("Recipes").description(null)   // {"name":"Recipes","description":null}
 * }</pre>
 */
public abstract class PinterestModel {
  private transient Set<String> explicitNulls;

  /** Records whether the nullable property {@code jsonName} should be sent as an explicit null. */
  protected final void explicitNull(String jsonName, boolean isNull) {
    if (isNull) {
      if (explicitNulls == null) {
        explicitNulls = new LinkedHashSet<>();
      }
      explicitNulls.add(jsonName);
    } else if (explicitNulls != null) {
      explicitNulls.remove(jsonName);
    }
  }

  /** Whether {@code jsonName} is written as an explicit null; costs nothing when none is. */
  final boolean isExplicitNull(String jsonName) {
    return explicitNulls != null && explicitNulls.contains(jsonName);
  }

  /** The JSON names of properties that will be written as an explicit null. */
  public final Set<String> explicitNulls() {
    return explicitNulls == null
        ? Collections.<String>emptySet()
        : Collections.unmodifiableSet(explicitNulls);
  }
}
