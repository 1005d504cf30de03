package io.github.pinterestapi.v5.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated model class: the JSON names of its properties and of those its schema requires.
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
}
