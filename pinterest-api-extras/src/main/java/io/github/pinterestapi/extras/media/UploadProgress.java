package io.github.pinterestapi.extras.media;

import io.github.pinterestapi.extras.workflow.Cancellation;
/**
 * Hears how far a file upload has got. Called on the uploading thread after each chunk, so keep
 * it quick; post to a UI thread from here if needed.
 *
 * <pre>{@code
 * uploader.upload(file, (sent, total) -> bar.setProgress((int) (100 * sent / total)),
 *     Cancellation.NONE);
 * }</pre>
 *
 * <p>If OkHttp sends the body again (a retried connection), counting restarts from zero.
 */
@FunctionalInterface
public interface UploadProgress {
  /** Ignores progress. */
  UploadProgress NONE = (sent, total) -> {};

  /**
   * @param bytesSent bytes of the file written so far
   * @param totalBytes the file's size
   */
  void onProgress(long bytesSent, long totalBytes);
}
