package io.github.pinterestapi.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.gson.annotations.SerializedName;
import com.squareup.moshi.Json;
import java.time.LocalDateTime;
import java.util.Map;

/** A pin. Pinterest sends {@code created_at} without an offset, hence LocalDateTime. */
public class HandPin {
  public String id;
  @Json(name = "created_at") @JsonProperty("created_at") @SerializedName("created_at")
  public LocalDateTime createdAt;
  public String link;
  public String title;
  public String description;
  @Json(name = "dominant_color") @JsonProperty("dominant_color") @SerializedName("dominant_color")
  public String dominantColor;
  @Json(name = "alt_text") @JsonProperty("alt_text") @SerializedName("alt_text")
  public String altText;
  @Json(name = "board_id") @JsonProperty("board_id") @SerializedName("board_id")
  public String boardId;
  @Json(name = "board_section_id") @JsonProperty("board_section_id")
  @SerializedName("board_section_id")
  public String boardSectionId;
  @Json(name = "board_owner") @JsonProperty("board_owner") @SerializedName("board_owner")
  public HandBoardOwner boardOwner;
  @Json(name = "is_owner") @JsonProperty("is_owner") @SerializedName("is_owner")
  public Boolean isOwner;
  @Json(name = "is_standard") @JsonProperty("is_standard") @SerializedName("is_standard")
  public Boolean isStandard;
  @Json(name = "has_been_promoted") @JsonProperty("has_been_promoted")
  @SerializedName("has_been_promoted")
  public Boolean hasBeenPromoted;
  @Json(name = "creative_type") @JsonProperty("creative_type") @SerializedName("creative_type")
  public String creativeType;
  @Json(name = "parent_pin_id") @JsonProperty("parent_pin_id") @SerializedName("parent_pin_id")
  public String parentPinId;
  public HandMedia media;
  @Json(name = "pin_metrics") @JsonProperty("pin_metrics") @SerializedName("pin_metrics")
  public Map<String, Object> pinMetrics;
}
