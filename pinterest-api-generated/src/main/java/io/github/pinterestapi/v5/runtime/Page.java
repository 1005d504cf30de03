package io.github.pinterestapi.v5.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a bookmark-paginated Pinterest list: the items and the bookmark of the next page.
 *
 * <p>Every generated list response with {@code items} and {@code bookmark} implements it, so one
 * pager can walk all of them. Through pinterest-api-extras' services, one page or every item:
 *
 * <pre>{@code
 * Page<Board> page = pinterest.boards().list(BoardsListParams.builder().bookmark(bookmark).build());
 * for (Board board : pinterest.boards().listAll()) { ... }
 * }</pre>
 *
 * @param <T> the item type
 */
public interface Page<T> {
  /** The items of this page; never null (an absent list reads as empty). */
  List<T> getItems();

  /** The bookmark to pass for the next page, or null on the last page. */
  @Nullable String getBookmark();

  /** Whether Pinterest returned a bookmark for a following page. */
  default boolean hasNextPage() {
    String bookmark = getBookmark();
    return bookmark != null && !bookmark.isEmpty();
  }
}
