package io.github.pinterestapi.v5.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated {@link UnionValue} for an {@code anyOf} schema: the alternatives it may hold and
 * the discriminator, if the description names one. Decoding picks the alternative that fits.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnyOf {
  /** The alternatives, in the description's order. */
  Class<?>[] value();

  /** The discriminator property's JSON name, or empty. */
  String discriminator() default "";

  /** Discriminator labels; {@code labels()[i]} selects {@code labelTypes()[i]}. */
  String[] labels() default {};

  /** The class each label selects. */
  Class<?>[] labelTypes() default {};
}
