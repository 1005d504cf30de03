/**
 * What the workflows that span several calls share (video upload in {@code extras.media}, async
 * reports in {@code extras.reports}, bulk writes in {@code extras.bulk}): polling with backoff,
 * {@link io.github.pinterestapi.extras.workflow.Poller}, and a stop flag,
 * {@link io.github.pinterestapi.extras.workflow.Cancellation}.
 *
 * <pre>{@code
 * Cancellation cancellation = new Cancellation();
 * uploader.upload(file, UploadProgress.NONE, cancellation);
 * }</pre>
 */
@NullMarked
package io.github.pinterestapi.extras.workflow;

import org.jspecify.annotations.NullMarked;
