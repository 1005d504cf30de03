package io.github.pinterestapi.benchmarks.pojo;

import java.util.List;

/** A page of {@code GET /pins}. */
public class HandPinPage {
  public List<HandPin> items;
  public String bookmark;
}
