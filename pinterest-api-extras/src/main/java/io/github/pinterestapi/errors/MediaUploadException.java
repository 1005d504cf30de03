package io.github.pinterestapi.errors;

import io.github.pinterestapi.errors.PinterestException;

/**
 * Sending the file to the storage host ({@code upload_url}) failed: the host refused it, or the
 * network broke. The media id is registered but holds no file; register again to retry, since
 * the presigned upload parameters may have expired.
 *
 * <pre>{@code
 * } catch (MediaUploadException e) {
 *   log.warn("upload of media {} failed with HTTP {}", e.mediaId(), e.statusCode());
 * }
 * }</pre>
 */
public class MediaUploadException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final String mediaId;
  private final int statusCode;

  /**
   * @param statusCode the storage host's HTTP status, or 0 when no answer arrived
   * @param detail a short description; must not contain credentials
   */
  public MediaUploadException(String mediaId, int statusCode, String detail, Throwable cause) {
    super(null, "Uploading the file of media " + mediaId + " to its upload_url failed: "
        + (statusCode == 0 ? "" : "HTTP " + statusCode + ", ") + detail, cause);
    this.mediaId = mediaId;
    this.statusCode = statusCode;
  }

  public String mediaId() {
    return mediaId;
  }

  /** The storage host's HTTP status, or 0 when the network failed before an answer. */
  public int statusCode() {
    return statusCode;
  }
}
