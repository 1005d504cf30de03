package io.github.pinterestapi.v5.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code Map} field of a generated model that holds the properties its schema allows
 * beyond the named ones ({@code additionalProperties}). JSON keys with no field go there, and are
 * written back out, so nothing Pinterest sends is lost.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AdditionalProperties {}
