package io.github.pinterestapi.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.gson.annotations.SerializedName;
import com.squareup.moshi.Json;

/** The sizes Pinterest renders an image in. */
public class HandImages {
  @Json(name = "150x150") @JsonProperty("150x150") @SerializedName("150x150")
  public HandImage thumbnail;
  @Json(name = "400x300") @JsonProperty("400x300") @SerializedName("400x300")
  public HandImage small;
  @Json(name = "600x") @JsonProperty("600x") @SerializedName("600x")
  public HandImage medium;
  @Json(name = "1200x") @JsonProperty("1200x") @SerializedName("1200x")
  public HandImage large;
}
