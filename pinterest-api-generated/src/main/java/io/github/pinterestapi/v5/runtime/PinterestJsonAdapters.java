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

/**
 * The Moshi adapter factory for the handwritten part: {@code oneOf} interfaces, {@code anyOf}
 * unions, dates and decimals. Models, enums and plain JSON values have generated adapters
 * ({@code io.github.pinterestapi.v5.model.ModelJsonAdapters}); {@link PinterestMoshi} registers
 * both.
 */
public final class PinterestJsonAdapters implements JsonAdapter.Factory {
  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
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
    OneOf oneOf = raw.getAnnotation(OneOf.class);
    if (oneOf != null) {
      return new UnionAdapter(raw, oneOf.value(), oneOf.discriminator(), oneOf.labels(),
          oneOf.labelTypes(), moshi).nullSafe();
    }
    AnyOf anyOf = raw.getAnnotation(AnyOf.class);
    if (anyOf != null) {
      return new UnionAdapter(raw, anyOf.value(), anyOf.discriminator(), anyOf.labels(),
          anyOf.labelTypes(), moshi).nullSafe();
    }
    if (PinterestModel.class.isAssignableFrom(raw) || OpenEnum.class.isAssignableFrom(raw)
        || JsonValue.class.isAssignableFrom(raw)) {
      // Moshi would otherwise fall back to reading the fields reflectively, and get it wrong.
      throw new IllegalArgumentException("No generated adapter for " + raw.getName()
          + ": register ModelJsonAdapters first (PinterestMoshi does), and keep the shipped"
          + " R8/ProGuard rules");
    }
    return null;
  }
}
