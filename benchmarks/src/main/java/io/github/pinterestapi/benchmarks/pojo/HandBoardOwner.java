package io.github.pinterestapi.benchmarks.pojo;

/** The owner of a pin's board. */
public class HandBoardOwner {
  public String username;
}
