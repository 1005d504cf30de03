package io.github.pinterestapi.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.gson.annotations.SerializedName;
import com.squareup.moshi.Json;

/** One item of a multi-item pin: an image or a video. */
public class HandMediaItem {
  @Json(name = "item_type") @JsonProperty("item_type") @SerializedName("item_type")
  public String itemType;
  public String title;
  public String description;
  public String link;
  public HandImages images;
  @Json(name = "cover_image_url") @JsonProperty("cover_image_url")
  @SerializedName("cover_image_url")
  public String coverImageUrl;
  @Json(name = "video_url") @JsonProperty("video_url") @SerializedName("video_url")
  public String videoUrl;
  public Double duration;
  public Integer height;
  public Integer width;
}
