package io.github.pinterestapi.errors;

import io.github.pinterestapi.errors.PinterestException;

/**
 * Pinterest finished processing an uploaded video with status {@code failed}: the file was not a
 * video Pinterest accepts (format, length, size or resolution). Sending the same file again fails
 * the same way.
 *
 * <pre>{@code
 * } catch (MediaFailedException e) {
 *   log.warn("Pinterest rejected media {}", e.mediaId());
 * }
 * }</pre>
 */
public class MediaFailedException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final String mediaId;

  public MediaFailedException(String mediaId) {
    super("media/get", "Pinterest could not process media " + mediaId
        + " (status failed); check the video's format, duration and size against Pinterest's"
        + " video requirements", null);
    this.mediaId = mediaId;
  }

  /** The id of the media upload that failed. */
  public String mediaId() {
    return mediaId;
  }
}
