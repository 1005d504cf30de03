package io.github.pinterestapi.v5.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes JSON the two ways a union can read its object: from a reader over a string (each union
 * copies its object) and from a body held in memory ({@link PinterestMoshi#decode}: each union reads its
 * object in place). Both must give equal values, or fail alike, and the second must copy nothing.
 *
 * <pre>{@code
 * PinMedia media = BothWays.decode(adapter, json);
 * }</pre>
 */
public final class BothWays {
  private BothWays() {}

  public static <T> T decode(JsonAdapter<T> adapter, String json) throws IOException {
    T copied;
    try {
      copied = adapter.fromJson(json);
    } catch (IOException | RuntimeException copyFailure) {
      try {
        PinterestMoshi.decode(adapter, json.getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException lentFailure) {
        assertEquals(copyFailure.getClass(), lentFailure.getClass(), json);
        assertEquals(copyFailure.getMessage(), lentFailure.getMessage(), json);
        throw copyFailure;
      }
      return fail("decodes in place but not from a copy: " + json, copyFailure);
    }
    int copies = UnionBytes.copies();
    T lent = PinterestMoshi.decode(adapter, json.getBytes(StandardCharsets.UTF_8));
    assertEquals(copies, UnionBytes.copies(), () -> "a union copied its object: " + json);
    if (copied == null || lent == null) {
      assertEquals(copied, lent, json);
    } else if (hasOwnEquals(copied)) {
      assertEquals(copied.getClass(), lent.getClass(), json);
      assertEquals(copied, lent, json);
    } else {
      assertEquals(copied.getClass(), lent.getClass(), json);
      assertEquals(adapter.toJson(copied), adapter.toJson(lent), json);
    }
    return lent;
  }

  /** Generated models compare by value; a test's own model may not, and is compared as JSON. */
  private static boolean hasOwnEquals(Object value) {
    try {
      return value.getClass().getMethod("equals", Object.class).getDeclaringClass()
          != Object.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
