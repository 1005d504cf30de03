/**
 * Wiring between the generated services and the client; nothing here is for users to call.
 *
 * <pre>{@code
 * // Pinterest implements ServiceRunner; services call it.
 * }</pre>
 */
@NullMarked
package io.github.pinterestapi.v5.services.internal;

import org.jspecify.annotations.NullMarked;
