package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.model.ImageDetails;
import io.github.pinterestapi.v5.model.ImageSize;
import io.github.pinterestapi.v5.model.PinMedia;
import io.github.pinterestapi.v5.model.PinMediaWithImage;
import io.github.pinterestapi.v5.model.PinMediaWithVideo;
import java.math.BigDecimal;

/** The {@code media} of a created Pin, as Pinterest describes its images and video. */
final class PinMedias {
  private PinMedias() {}

  static PinMedia image(String url) {
    return new PinMediaWithImage().mediaType(PinMediaWithImage.MediaTypeEnum.IMAGE)
        .images(sizes(url));
  }

  static PinMedia video(String mediaId, String coverImageUrl) {
    String cover = coverImageUrl != null ? coverImageUrl
        : "https://i.pinimg.com/fake/videos/" + mediaId + "/cover.jpg";
    return new PinMediaWithVideo().mediaType(PinMediaWithVideo.MediaTypeEnum.VIDEO)
        .coverImageUrl(cover)
        .videoUrl("https://v.pinimg.com/fake/videos/" + mediaId + "/video.mp4")
        .duration(BigDecimal.valueOf(15000))
        .width(1080)
        .height(1920)
        .images(sizes(cover));
  }

  private static ImageSize sizes(String url) {
    return new ImageSize()
        ._150x150(new ImageDetails().url(url).width(150).height(150))
        ._400x300(new ImageDetails().url(url).width(400).height(300))
        ._600x(new ImageDetails().url(url).width(600).height(900))
        ._1200x(new ImageDetails().url(url).width(1200).height(1800));
  }
}
