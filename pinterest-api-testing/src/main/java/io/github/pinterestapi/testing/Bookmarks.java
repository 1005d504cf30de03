package io.github.pinterestapi.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Pinterest-style opaque bookmarks. A bookmark names the list it belongs to and the id of the
 * last item served; the next page starts after that id, so deleting or adding items between
 * pages neither repeats nor skips the ones that remain. Ids are numeric and grow with creation,
 * and every list is in id order.
 */
final class Bookmarks {
  private static final String VERSION = "fp1";

  private Bookmarks() {}

  /** One page of {@code items} (in id order) after {@code bookmark} (null for the first). */
  static <T> Slice<T> page(List<T> items, Function<T, String> id, String listKey,
      String bookmark, int pageSize) {
    long after = bookmark == null ? Long.MIN_VALUE : decode(listKey, bookmark);
    List<T> page = new ArrayList<>();
    boolean more = false;
    for (T item : items) {
      if (Long.parseLong(id.apply(item)) <= after) {
        continue;
      }
      if (page.size() == pageSize) {
        more = true;
        break;
      }
      page.add(item);
    }
    String next = more ? encode(listKey, id.apply(page.get(page.size() - 1))) : null;
    return new Slice<>(page, next);
  }

  static String encode(String listKey, String lastId) {
    String plain = VERSION + "|" + listKey + "|" + lastId;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static long decode(String listKey, String bookmark) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(bookmark), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|", -1);
      if (parts.length == 3 && parts[0].equals(VERSION) && parts[1].equals(listKey)) {
        return Long.parseLong(parts[2]);
      }
    } catch (IllegalArgumentException e) {
      // Falls through to the refusal: not one of ours.
    }
    throw FakeError.badRequest("Invalid parameters: bookmark '" + bookmark
        + "' does not belong to this list");
  }

  static final class Slice<T> {
    final List<T> items;
    final String bookmark;

    Slice(List<T> items, String bookmark) {
      this.items = items;
      this.bookmark = bookmark;
    }
  }
}
