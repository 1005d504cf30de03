/**
 * Wiring between the generated services and the client; nothing here is for users to call.
 *
 * <pre>{@code
 * // Pinterest implements ServiceRunner; services call it.
 * }</pre>
 */
package io.github.pinterestapi.v5.services.internal;
