package io.github.pinterestapi.extras.media;

import io.github.pinterestapi.v5.model.ContentType;
import io.github.pinterestapi.v5.model.PinMediaSourceVideoID;
import java.util.Base64;
import java.util.Locale;

/**
 * The cover image of a video Pin, in one of the three ways Pinterest takes it: an image URL
 * Pinterest fetches, a moment of the video, or the image's bytes (JPEG or PNG). Immutable.
 *
 * <pre>{@code
 * CoverImage.url("https://example.com/cover.jpg");
 * CoverImage.keyFrameSeconds(3);
 * CoverImage.data(Files.readAllBytes(cover), "image/jpeg");
 * }</pre>
 *
 * <p>The cover image is never uploaded to the video's {@code upload_url}; it travels with the
 * Pin, in {@code media_source}.
 */
public final class CoverImage {
  private final String url;
  private final Integer keyFrameSeconds;
  private final byte[] data;
  private final ContentType contentType;

  private CoverImage(String url, Integer keyFrameSeconds, byte[] data, ContentType contentType) {
    this.url = url;
    this.keyFrameSeconds = keyFrameSeconds;
    this.data = data;
    this.contentType = contentType;
  }

  /** An image at an http(s) URL, which Pinterest downloads. */
  public static CoverImage url(String url) {
    String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      throw new IllegalArgumentException("a cover image URL must be http(s): " + url);
    }
    return new CoverImage(url, null, null, null);
  }

  /** The video's frame at {@code seconds}; past the end, Pinterest takes the last frame. */
  public static CoverImage keyFrameSeconds(int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("key frame time must be >= 0 s: " + seconds);
    }
    return new CoverImage(null, seconds, null, null);
  }

  /**
   * The image itself, sent base64-encoded with the Pin.
   *
   * @param contentType {@code image/jpeg} or {@code image/png}, the types Pinterest takes; it must
   *     match the bytes
   */
  public static CoverImage data(byte[] bytes, String contentType) {
    if (bytes == null || bytes.length == 0) {
      throw new IllegalArgumentException("cover image data is empty");
    }
    ContentType type = ContentType.of(String.valueOf(contentType).toLowerCase(Locale.ROOT));
    if (!type.isKnown()) {
      throw new IllegalArgumentException("cover image content type must be one of "
          + ContentType.values() + ", not " + contentType);
    }
    String actual = MediaFiles.imageKindOf(bytes, Math.min(bytes.length, 12));
    String declared = ContentType.IMAGE_PNG.equals(type) ? "PNG" : "JPEG";
    if (!declared.equals(actual)) {
      throw new IllegalArgumentException("cover image data is declared " + type.value()
          + " but holds " + (actual == null ? "no JPEG or PNG image" : "a " + actual + " image"));
    }
    return new CoverImage(null, null, bytes.clone(), type);
  }

  /** Sets the matching {@code cover_image_*} fields on a video media source. */
  PinMediaSourceVideoID applyTo(PinMediaSourceVideoID source) {
    if (url != null) {
      return source.coverImageUrl(url);
    }
    if (keyFrameSeconds != null) {
      return source.coverImageKeyFrameTime(keyFrameSeconds);
    }
    return source.coverImageData(Base64.getEncoder().encodeToString(data))
        .coverImageContentType(contentType);
  }

  /** Never prints the image bytes, which may be large. */
  @Override
  public String toString() {
    if (url != null) {
      return "CoverImage{url=" + url + "}";
    }
    if (keyFrameSeconds != null) {
      return "CoverImage{keyFrameSeconds=" + keyFrameSeconds + "}";
    }
    return "CoverImage{data=" + data.length + " bytes, " + contentType.value() + "}";
  }
}
