package io.github.pinterestapi.extras.paging;

import io.github.pinterestapi.v5.runtime.Page;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import retrofit2.Call;
import io.github.pinterestapi.errors.PagingException;

/**
 * Walks every item of a bookmark-paginated Pinterest list, fetching pages lazily as the caller
 * goes. Each {@link #iterator()} (and {@link #stream()}) starts a fresh walk; items are neither
 * lost nor repeated. A failure part-way surfaces from {@code hasNext()} as a
 * {@link PagingException} naming the bookmark it failed at. Configuration is immutable: each
 * setting returns a new pager.
 *
 * <pre>{@code
 * for (Board board : pinterest.boards().listAll()) { ... }  // what the services return
 * // the same, by hand:
 * Pager.of(bookmark -> boards.boardsList(null, null, bookmark, 250)).executeWith(pinterest::execute)
 * }</pre>
 *
 * @param <T> the item type, such as {@code Board} or {@code Pin}
 */
public final class Pager<T> implements Iterable<T> {
  /** The largest page Pinterest serves. */
  public static final int MAX_PAGE_SIZE = 250;
  /** How many empty pages in a row, each with a new bookmark, end a walk by default. */
  public static final int DEFAULT_MAX_EMPTY_PAGES = 10;

  // Package-private so that each PageWalk reads its settings from the pager that started it.
  final BiFunction<String, Integer, ? extends Call<? extends Page<T>>> fetch;
  final Function<Call<? extends Page<T>>, ? extends Page<T>> executor;
  final Executor prefetch;
  final int pageSize;
  final long limit;
  final String startAt;
  final int maxEmptyPages;

  private Pager(BiFunction<String, Integer, ? extends Call<? extends Page<T>>> fetch,
      Function<Call<? extends Page<T>>, ? extends Page<T>> executor, Executor prefetch,
      int pageSize, long limit, String startAt, int maxEmptyPages) {
    this.fetch = fetch;
    this.executor = executor;
    this.prefetch = prefetch;
    this.pageSize = pageSize;
    this.limit = limit;
    this.startAt = startAt;
    this.maxEmptyPages = maxEmptyPages;
  }

  /**
   * A pager over the calls {@code fetch} makes for each bookmark (null for the first page). The
   * function picks its own page size; use {@link #ofSized} to let the pager pass it.
   */
  public static <T> Pager<T> of(Function<String, ? extends Call<? extends Page<T>>> fetch) {
    if (fetch == null) {
      throw new IllegalArgumentException("fetch is required");
    }
    return ofSized((bookmark, size) -> fetch.apply(bookmark));
  }

  /**
   * A pager whose {@code fetch} also takes the page size: {@link #pageSize(int)} by default, less
   * when the {@link #limit(long)} needs fewer items.
   *
   * <pre>{@code
   * Pager.ofSized((bookmark, size) -> boards.boardsList(null, null, bookmark, size)).limit(10)
   * }</pre>
   */
  public static <T> Pager<T> ofSized(
      BiFunction<String, Integer, ? extends Call<? extends Page<T>>> fetch) {
    if (fetch == null) {
      throw new IllegalArgumentException("fetch is required");
    }
    return new Pager<>(fetch, Calls::execute, null, MAX_PAGE_SIZE, Long.MAX_VALUE, null,
        DEFAULT_MAX_EMPTY_PAGES);
  }

  /**
   * Runs each call with {@code executor}, such as {@code pinterest::execute}, instead of the
   * default (which throws Retrofit's {@code HttpException} on a non-2xx answer).
   */
  public Pager<T> executeWith(Function<Call<? extends Page<T>>, ? extends Page<T>> executor) {
    if (executor == null) {
      throw new IllegalArgumentException("executor is required");
    }
    return new Pager<>(fetch, executor, prefetch, pageSize, limit, startAt, maxEmptyPages);
  }

  /** The page size passed to an {@link #ofSized} function: 1 to {@value #MAX_PAGE_SIZE}. */
  public Pager<T> pageSize(int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("Pinterest serves pages of 1 to " + MAX_PAGE_SIZE
          + " items, not " + pageSize);
    }
    return new Pager<>(fetch, executor, prefetch, pageSize, limit, startAt, maxEmptyPages);
  }

  /**
   * Fails the walk with a {@code PagingException} after this many empty pages in a row that each
   * hand out a new bookmark: a server walking in an endless line of empty pages would otherwise
   * be followed forever. Default {@value #DEFAULT_MAX_EMPTY_PAGES}.
   */
  public Pager<T> maxEmptyPages(int maxEmptyPages) {
    if (maxEmptyPages < 1) {
      throw new IllegalArgumentException("maxEmptyPages must be at least 1");
    }
    return new Pager<>(fetch, executor, prefetch, pageSize, limit, startAt, maxEmptyPages);
  }

  /** Stops after {@code limit} items, without fetching pages beyond them. */
  public Pager<T> limit(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    return new Pager<>(fetch, executor, prefetch, pageSize, limit, startAt, maxEmptyPages);
  }

  /**
   * Fetches the next page on {@code executor} while the caller works through the current one.
   * A walk abandoned part-way may leave one page fetched for nothing.
   */
  public Pager<T> prefetch(Executor executor) {
    return new Pager<>(fetch, this.executor, executor, pageSize, limit, startAt, maxEmptyPages);
  }

  /** Starts at {@code bookmark} instead of the first page, as to resume after a failure. */
  public Pager<T> startAt(String bookmark) {
    String start = bookmark == null || bookmark.isEmpty() ? null : bookmark;
    return new Pager<>(fetch, executor, prefetch, pageSize, limit, start, maxEmptyPages);
  }

  /**
   * The pages themselves, for code that wants each page's bookmark. The last page is cut short
   * when the limit ends inside it.
   */
  public Iterable<Page<T>> pages() {
    return () -> new PageWalk<>(this);
  }

  @Override
  public Iterator<T> iterator() {
    final Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<T>() {
      private Iterator<T> items;

      @Override
      public boolean hasNext() {
        while (items == null || !items.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          items = pages.next().getItems().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }

  /** The items as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED), false);
  }
}
