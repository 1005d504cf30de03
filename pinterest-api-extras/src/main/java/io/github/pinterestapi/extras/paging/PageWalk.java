package io.github.pinterestapi.extras.paging;

import io.github.pinterestapi.v5.runtime.Page;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import retrofit2.Call;
import io.github.pinterestapi.errors.PagingException;

/**
 * One walk over the pages of a list: fetches each page when the previous one is used up (or,
 * with prefetch, as soon as it is handed out), trims to the item limit, and refuses to go round
 * in circles when Pinterest hands back a bookmark it already gave.
 */
final class PageWalk<T> implements Iterator<Page<T>> {
  private final Pager<T> settings;
  private final Set<String> seen = new HashSet<>();

  private long remaining;
  private int emptyInARow;
  private String nextBookmark;
  private boolean more = true;
  private Page<T> ready;
  private PagingException failure;
  private PagingException failureAfterReady;
  private FutureTask<Page<T>> prefetched;

  PageWalk(Pager<T> settings) {
    this.settings = settings;
    this.remaining = settings.limit;
    this.nextBookmark = settings.startAt;
    if (nextBookmark != null) {
      seen.add(nextBookmark);
    }
  }

  @Override
  public boolean hasNext() {
    if (failure != null) {
      throw failure;
    }
    if (ready != null) {
      return true;
    }
    if (failureAfterReady != null) {
      failure = failureAfterReady;
      throw failure;
    }
    if (!more || remaining <= 0) {
      return false;
    }
    try {
      ready = accept(take());
    } catch (PagingException e) {
      failure = e;
      throw e;
    }
    return true;
  }

  @Override
  public Page<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Page<T> page = ready;
    ready = null;
    return page;
  }

  /** The page at {@link #nextBookmark}: the prefetched one if there is one, else fetched now. */
  private Page<T> take() {
    FutureTask<Page<T>> task = prefetched;
    prefetched = null;
    if (task == null) {
      return fetch(nextBookmark, requestSize());
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PagingException(nextBookmark, "Interrupted waiting for the page at "
          + describe(nextBookmark), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof PagingException) {
        // fetch() already wrapped the cause with its bookmark.
        throw (PagingException) e.getCause();
      }
      throw new PagingException(nextBookmark, "Fetching the page at " + describe(nextBookmark)
          + " failed: " + e.getCause(), e.getCause());
    }
  }

  private Page<T> fetch(String bookmark, int size) {
    Page<T> page;
    try {
      Call<? extends Page<T>> call = settings.fetch.apply(bookmark, size);
      page = settings.executor.apply(call);
    } catch (Throwable e) { // An Error too: the walk fails typed, with where to resume.
      throw new PagingException(bookmark, "Fetching the page at " + describe(bookmark)
          + " failed: " + e, e);
    }
    if (page == null) {
      throw new PagingException(bookmark, "The page at " + describe(bookmark) + " was empty",
          null);
    }
    return page;
  }

  /** Records where to go next, starts the prefetch, and trims the page to the limit. */
  private Page<T> accept(Page<T> page) {
    String fetchedAt = nextBookmark;
    List<T> items = page.getItems() == null ? Collections.<T>emptyList() : page.getItems();
    String bookmark = page.getBookmark();
    if (!items.isEmpty()) {
      emptyInARow = 0;
    }
    if (bookmark == null || bookmark.isEmpty()) {
      more = false;
    } else if (items.isEmpty() && ++emptyInARow >= settings.maxEmptyPages) {
      more = false;
      failureAfterReady = new PagingException(fetchedAt, "Pinterest answered "
          + emptyInARow + " empty pages in a row, the last at " + describe(fetchedAt)
          + ", each with a new bookmark; stopping instead of following them forever", null);
    } else if (!seen.add(bookmark)) {
      // Its items are new (they answer the previous bookmark); following it would repeat them.
      more = false;
      failureAfterReady = new PagingException(fetchedAt, "Pinterest answered the page at "
          + describe(fetchedAt) + " with bookmark " + bookmark + ", which it had already given;"
          + " stopping instead of listing the same items again", null);
    } else {
      nextBookmark = bookmark;
    }
    Page<T> handedOut = page;
    if (items.size() >= remaining) {
      more = false;
      handedOut = new TrimmedPage<>(items.subList(0, (int) remaining), bookmark);
      remaining = 0;
      // The caller asked for no more than this, so a bad bookmark beyond it is no concern.
      failureAfterReady = null;
    } else {
      remaining -= items.size();
    }
    if (more && settings.prefetch != null) {
      final String upcoming = nextBookmark;
      final int size = requestSize();
      prefetched = new FutureTask<>(() -> fetch(upcoming, size));
      settings.prefetch.execute(prefetched);
    }
    return handedOut;
  }

  private int requestSize() {
    return (int) Math.min(settings.pageSize, remaining);
  }

  private static String describe(String bookmark) {
    return bookmark == null ? "the start of the list" : "bookmark " + bookmark;
  }

  /** A page cut short by the item limit; keeps Pinterest's bookmark. */
  private static final class TrimmedPage<T> implements Page<T> {
    private final List<T> items;
    private final String bookmark;

    TrimmedPage(List<T> items, String bookmark) {
      this.items = Collections.unmodifiableList(items);
      this.bookmark = bookmark;
    }

    @Override
    public List<T> getItems() {
      return items;
    }

    @Override
    public String getBookmark() {
      return bookmark;
    }
  }
}
