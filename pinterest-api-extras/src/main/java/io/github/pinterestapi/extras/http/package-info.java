/**
 * What callers configure and see of the client's HTTP behaviour: the
 * {@link io.github.pinterestapi.extras.http.RetryPolicy}, rate-limit snapshots and listeners, the
 * shared-budget SPI ({@link io.github.pinterestapi.extras.http.RateLimitBackend}), logging, and a
 * token-free client for upload and download hosts. The interceptors themselves are internal.
 *
 * <pre>{@code
 * Pinterest.builder().retryPolicy(RetryPolicy.builder().maxRetries(5).build())
 * }</pre>
 */
@NullMarked
package io.github.pinterestapi.extras.http;

import org.jspecify.annotations.NullMarked;
