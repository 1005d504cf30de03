/**
 * The client: {@link io.github.pinterestapi.Pinterest}, built with
 * {@link io.github.pinterestapi.PinterestBuilder}, with one service per Pinterest resource and
 * per-call {@link io.github.pinterestapi.RequestOptions}. Every value of this library is non-null
 * unless marked {@code @Nullable} (JSpecify).
 *
 * <pre>{@code
 * try (Pinterest pinterest = Pinterest.fromEnv()) { pinterest.boards().listAll().forEach(…); }
 * }</pre>
 */
@NullMarked
package io.github.pinterestapi;

import org.jspecify.annotations.NullMarked;
