/**
 * Video upload: {@link io.github.pinterestapi.extras.media.VideoUploader} registers, uploads and
 * waits; {@link io.github.pinterestapi.extras.media.VideoPins} makes the Pin with a
 * {@link io.github.pinterestapi.extras.media.CoverImage}. Also the pieces the other workflows
 * share: {@link io.github.pinterestapi.extras.http.Poller},
 * {@link io.github.pinterestapi.extras.http.Cancellation} and
 * {@link io.github.pinterestapi.extras.http.TokenFreeClient}.
 */
package io.github.pinterestapi.extras.media;
