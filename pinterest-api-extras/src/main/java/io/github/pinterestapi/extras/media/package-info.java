/**
 * Video upload: {@link io.github.pinterestapi.extras.media.VideoUploader} registers, uploads and
 * waits; {@link io.github.pinterestapi.extras.media.VideoPins} makes the Pin with a
 * {@link io.github.pinterestapi.extras.media.CoverImage}. Waits and stops with
 * {@link io.github.pinterestapi.extras.workflow.Poller} and
 * {@link io.github.pinterestapi.extras.workflow.Cancellation}; the file goes through a
 * {@link io.github.pinterestapi.extras.http.TokenFreeClient}.
 */
@NullMarked
package io.github.pinterestapi.extras.media;

import org.jspecify.annotations.NullMarked;
