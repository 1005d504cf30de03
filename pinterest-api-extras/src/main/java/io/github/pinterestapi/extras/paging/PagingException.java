package io.github.pinterestapi.extras.paging;

/**
 * Walking a bookmark-paginated list failed part-way. {@link #bookmark()} is where: pass it to
 * {@link Pager#startAt(String)} to resume once the cause (see {@link #getCause()}) is dealt with.
 *
 * <pre>{@code
 * catch (PagingException e) { resumeLater(e.bookmark()); }
 * }</pre>
 */
public class PagingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String bookmark;

  public PagingException(String bookmark, String message, Throwable cause) {
    super(message, cause);
    this.bookmark = bookmark;
  }

  /** The bookmark of the page that could not be had; null for the first page. */
  public String bookmark() {
    return bookmark;
  }
}
