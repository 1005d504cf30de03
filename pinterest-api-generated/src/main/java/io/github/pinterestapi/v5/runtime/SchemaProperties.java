package io.github.pinterestapi.v5.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated model class: the JSON names of its properties, of those its schema requires, and
 * the types of nested objects.
 *
 * <p>A union without a discriminator reads it to choose the alternative that fits a JSON object
 * (see {@link OneOf}), whatever adapter the model is decoded with.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaProperties {
  /** Every property's JSON name. */
  String[] names();

  /** The JSON names of the required properties. */
  String[] required() default {};

  /** Whether the schema allows properties beyond {@link #names()}. */
  boolean open() default false;

  /**
   * For each of {@link #names()}, the model or union its value holds (for a list, its items'),
   * else {@code Object.class}: a union judges nested objects by these when their top-level keys
   * leave alternatives tied.
   */
  Class<?>[] types() default {};
}
