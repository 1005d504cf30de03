package io.github.pinterestapi.v5.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Each level of nested unions copies into its own array, and small arrays are reused. */
class UnionBytesTest {
  private static int read(UnionBytes copy, String text) throws Exception {
    return copy.read(new Buffer().writeUtf8(text));
  }

  private static String text(UnionBytes copy, int length) {
    return new String(copy.bytes(), 0, length, StandardCharsets.UTF_8);
  }

  @Test
  void aNestedUnionLeavesItsParentsBytesAlone() throws Exception {
    UnionBytes outer = UnionBytes.enter();
    try {
      int length = read(outer, "{\"outer\":1}");
      byte[] outerBytes = outer.bytes();
      UnionBytes inner = UnionBytes.enter();
      try {
        assertEquals("{\"inner\":2}", text(inner, read(inner, "{\"inner\":2}")));
        assertNotSame(outerBytes, inner.bytes());
      } finally {
        inner.exit();
      }
      assertEquals("{\"outer\":1}", text(outer, length));
    } finally {
      outer.exit();
    }
  }

  @Test
  void smallArraysAreReusedAndLargeOnesAreNot() throws Exception {
    byte[] first = copied("{}");
    assertSame(first, copied("{\"a\":1}"));
    StringBuilder large = new StringBuilder("\"");
    for (int i = 0; i < 40_000; i++) {
      large.append('x');
    }
    byte[] grown = copied(large.append('"').toString());
    // Past the 16 KiB it keeps: the next object gets a fresh array, so a thread that once met a
    // large union does not hold its bytes.
    assertTrue(grown.length > 16 * 1024, "grew to " + grown.length);
    assertNotSame(grown, copied("{}"));
  }

  private static byte[] copied(String text) throws Exception {
    UnionBytes copy = UnionBytes.enter();
    try {
      assertEquals(text, text(copy, read(copy, text)));
      return copy.bytes();
    } finally {
      copy.exit();
    }
  }
}
