package io.github.pinterestapi.v5.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What Pinterest's description says about one operation, on every generated Retrofit method.
 *
 * <p>Interceptors read it from the request's {@code retrofit2.Invocation} tag, for example to keep
 * rate-limit state per {@link #rateLimitCategory()} or to refuse sandbox-disabled calls:
 *
 * <pre>{@code
 * Invocation invocation = request.tag(Invocation.class);
 * PinterestOperation op = invocation.method().getAnnotation(PinterestOperation.class);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PinterestOperation {
  /** Pinterest's operationId, such as {@code pins/list}. */
  String id();

  /** The {@code x-ratelimit-category}, such as {@code org_read}; empty when the description has none. */
  String rateLimitCategory() default "";

  /** The {@code x-sandbox} value: {@code enabled}, {@code disabled}, or empty when unspecified. */
  String sandbox() default "";

  /** The HTTP method, upper case. */
  String method();

  /** The path template relative to the API base URL, such as {@code pins/{pin_id}}. */
  String path();
}
