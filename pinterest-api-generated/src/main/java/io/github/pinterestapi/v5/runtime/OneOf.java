package io.github.pinterestapi.v5.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated interface for a {@code oneOf} schema: its alternatives, and the discriminator
 * that chooses among them when the description names one.
 *
 * <p>{@link PinterestJsonAdapters} reads it. With a discriminator, the label picks the class;
 * without one, or for a label this version doesn't know, the alternative that best fits the JSON
 * is chosen.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OneOf {
  /** The alternatives, in the description's order. */
  Class<?>[] value();

  /** The discriminator property's JSON name, or empty. */
  String discriminator() default "";

  /** Discriminator labels; {@code labels()[i]} selects {@code labelTypes()[i]}. */
  String[] labels() default {};

  /** The class each label selects. */
  Class<?>[] labelTypes() default {};
}
