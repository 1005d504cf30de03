/**
 * The client's HTTP wiring: its OkHttp interceptors (call boundary, redirects, sandbox guard, user
 * agent, retry, rate limits, auth, logging) and their helpers. Not for users, and free to change
 * in any release; configure them through {@code PinterestBuilder}.
 *
 * <pre>{@code
 * client.addInterceptor(new RetryInterceptor(policy, clock, sleeper, random));
 * }</pre>
 */
@NullMarked
package io.github.pinterestapi.internal.http;

import org.jspecify.annotations.NullMarked;
