package io.github.pinterestapi.benchmarks.pojo;

/** One rendition of an image. */
public class HandImage {
  public Integer width;
  public Integer height;
  public String url;
}
