package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Moshi adapter factory for the handwritten part: free-form values, dates and decimals.
 * Models, enums, unions and plain JSON values have generated adapters, found through
 * {@link GeneratedAdapters}; {@link PinterestMoshi} registers both.
 */
public final class PinterestJsonAdapters implements JsonAdapter.Factory {
  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == Object.class) {
      // Free-form properties: exact numbers, null members kept (Moshi's own rounds to Double).
      return new JsonTree(moshi);
    }
    Class<?> raw = Types.getRawType(type);
    if (raw == OffsetDateTime.class) {
      return TimeAdapters.DATE_TIME;
    }
    if (raw == LocalDate.class) {
      return TimeAdapters.DATE;
    }
    if (raw == BigDecimal.class) {
      return TimeAdapters.DECIMAL;
    }
    if (PinterestModel.class.isAssignableFrom(raw) || OpenEnum.class.isAssignableFrom(raw)
        || JsonValue.class.isAssignableFrom(raw) || raw.isAnnotationPresent(OneOf.class)
        || raw.isAnnotationPresent(AnyOf.class)) {
      // Moshi would otherwise fall back to reading the fields reflectively, and get it wrong.
      throw new IllegalArgumentException("No generated adapter for " + raw.getName()
          + ": use PinterestMoshi.get(), which knows every generated type, or register it with"
          + " GeneratedAdapters.register(type, ModelJsonAdapters::of...)");
    }
    return null;
  }
}
