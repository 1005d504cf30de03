package io.github.pinterestapi.extras.media;

import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.v5.model.Media;
import io.github.pinterestapi.v5.model.MediaUploadStatus;
import io.github.pinterestapi.v5.model.ModelJsonAdapters;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaSourceVideoID;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.runtime.GeneratedAdapters;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;

/**
 * Creates a video Pin from an uploaded video, with its cover image.
 *
 * <pre>{@code
 * Media media = VideoUploader.create(pinterest).upload(Paths.get("clip.mp4"));
 * Pin pin = VideoPins.create(pinterest, media,
 *     new PinCreate().boardId(boardId).title("Our new kitchen"), CoverImage.keyFrameSeconds(3));
 * }</pre>
 */
public final class VideoPins {
  private VideoPins() {}

  /** The {@code media_source} of a video Pin: source type {@code video_id}, id and cover. */
  public static PinMediaSourceVideoID mediaSource(String mediaId, CoverImage cover) {
    if (mediaId == null || mediaId.isEmpty() || cover == null) {
      throw new IllegalArgumentException("a media id and a cover image are required");
    }
    return cover.applyTo(new PinMediaSourceVideoID()
        .sourceType(PinMediaSourceVideoID.SourceTypeEnum.VIDEO_ID)
        .mediaId(mediaId));
  }

  /**
   * Creates the Pin described by {@code pin} (board, title, link…) showing the video. {@code pin}
   * is copied, not changed, and must not have a media source of its own.
   *
   * @throws IllegalArgumentException when the media has not succeeded processing
   */
  public static Pin create(Pinterest pinterest, Media media, PinCreate pin, CoverImage cover) {
    if (!MediaUploadStatus.SUCCEEDED.equals(media.getStatus())) {
      throw new IllegalArgumentException("media " + media.getMediaId() + " has status "
          + media.getStatus() + "; wait for succeeded (VideoUploader.awaitProcessed) first");
    }
    return create(pinterest, media.getMediaId(), pin, cover);
  }

  /** As {@link #create(Pinterest, Media, PinCreate, CoverImage)}, for a media id kept earlier. */
  public static Pin create(Pinterest pinterest, String mediaId, PinCreate pin, CoverImage cover) {
    if (pin.getMediaSource() != null) {
      throw new IllegalArgumentException(
          "the PinCreate already has a media source; VideoPins sets it to the video");
    }
    PinCreate withVideo = copy(pin).mediaSource(mediaSource(mediaId, cover));
    return pinterest.pins().create(PinsCreateParams.builder().body(withVideo).build());
  }

  private static PinCreate copy(PinCreate pin) {
    JsonAdapter<PinCreate> adapter = GeneratedAdapters.adapter(PinterestMoshi.onDemand(),
        PinCreate.class, ModelJsonAdapters::ofPinCreate);
    return adapter.fromJsonValue(adapter.toJsonValue(pin));
  }
}
