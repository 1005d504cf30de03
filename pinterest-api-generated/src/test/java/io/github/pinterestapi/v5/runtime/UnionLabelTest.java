package io.github.pinterestapi.v5.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The label scan answers only what a reader would read, and stays silent when unsure. */
class UnionLabelTest {
  private final UnionLabel label = new UnionLabel("media_type", new String[] {"image", "video"});

  private int find(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return label.find(bytes, 0, bytes.length);
  }

  @Test
  void findsATopLevelLabelWhereverItIs() {
    assertEquals(0, find("{\"media_type\":\"image\",\"images\":{}}"));
    assertEquals(1, find(" { \"images\" : {\"a\":[1,{\"b\":\"}\"}]} ,\n\t\"media_type\" : \"video\" } "));
    assertEquals(1, find("{\"n\":-1.5e3,\"t\":true,\"z\":null,\"s\":\"x\\\"y\",\"media_type\":\"video\"}"));
  }

  @Test
  void readsOnlyUpToTheEndItIsGiven() {
    byte[] bytes = "{\"a\":1,\"media_type\":\"video\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(1, label.find(bytes, 0, bytes.length));
    assertEquals(UnionLabel.NONE, label.find(bytes, 0, bytes.length - 9));
  }

  @Test
  void theFirstLabelIsTheAnswer() {
    // What follows is the reader's to check: the union keeps the answer only if the bytes decode.
    assertEquals(0, find("{\"media_type\":\"image\",\"media_type\":\"video\"}"));
  }

  @Test
  void aNestedMemberOfTheSameNameIsNotTheLabel() {
    assertEquals(UnionLabel.NONE, find("{\"images\":{\"media_type\":\"image\"}}"));
    assertEquals(0, find("{\"x\":{\"media_type\":\"video\"},\"media_type\":\"image\"}"));
  }

  @Test
  void staysSilentWhenUnsure() {
    // Escapes, a value that is not a string, unknown labels, bad shapes before the label.
    assertEquals(UnionLabel.NONE, find("{\"media_type\":\"im\\u0061ge\"}"));
    assertEquals(UnionLabel.NONE, find("{\"media\\u005ftype\":\"image\"}"));
    assertEquals(UnionLabel.NONE, find("{\"media_type\":1}"));
    assertEquals(UnionLabel.NONE, find("{\"media_type\":\"story\"}"));
    assertEquals(UnionLabel.NONE, find("{\"a\":1 2,\"media_type\":\"image\"}"));
    assertEquals(UnionLabel.NONE, find("{\"a\":{\"b\":1,\"media_type\":\"image\"}"));
    assertEquals(UnionLabel.NONE, find("[\"media_type\",\"image\"]"));
    assertEquals(UnionLabel.NONE, find("{media_type:\"image\"}"));
    assertEquals(UnionLabel.NONE, find("{}"));
    assertEquals(UnionLabel.NONE, find(""));
  }

  @Test
  void deepNestingCostsNoStack() {
    StringBuilder deep = new StringBuilder("{\"images\":");
    for (int i = 0; i < 200_000; i++) {
      deep.append('[');
    }
    for (int i = 0; i < 200_000; i++) {
      deep.append(']');
    }
    deep.append(",\"media_type\":\"video\"}");
    assertEquals(1, find(deep.toString()));
  }
}
