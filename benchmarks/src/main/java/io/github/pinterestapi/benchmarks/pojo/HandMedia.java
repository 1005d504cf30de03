package io.github.pinterestapi.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.gson.annotations.SerializedName;
import com.squareup.moshi.Json;
import java.util.List;

/** A pin's media of any type: image, video, multiple images or mixed. */
public class HandMedia {
  @Json(name = "media_type") @JsonProperty("media_type") @SerializedName("media_type")
  public String mediaType;
  public HandImages images;
  public List<HandMediaItem> items;
  @Json(name = "cover_image_url") @JsonProperty("cover_image_url")
  @SerializedName("cover_image_url")
  public String coverImageUrl;
  @Json(name = "video_url") @JsonProperty("video_url") @SerializedName("video_url")
  public String videoUrl;
  public Double duration;
  public Integer height;
  public Integer width;
}
