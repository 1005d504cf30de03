package io.github.pinterestapi.errors;

import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.errors.oauth.SignInRequiredException;
import io.github.pinterestapi.extras.paging.Pager;

/**
 * Walking a bookmark-paginated list failed part-way. {@link #bookmark()} is where: pass it to
 * {@link Pager#startAt(String)} to resume once the cause is dealt with. With
 * {@code Pinterest.paginate} (or {@code executeWith(pinterest::execute)}) the cause is the typed
 * {@link PinterestException} of the failed page, such as a rate limit or a
 * {@code SignInRequiredException}, and {@link #operationId()} is that page's operation.
 *
 * <pre>{@code
 * catch (PagingException e) {
 *   if (e.getCause() instanceof PinterestRateLimitException) resumeLater(e.bookmark());
 * }
 * }</pre>
 */
public class PagingException extends PinterestException {
  private static final long serialVersionUID = 1L;

  private final String bookmark;

  public PagingException(String bookmark, String message, Throwable cause) {
    super(cause instanceof PinterestException ? ((PinterestException) cause).operationId() : null,
        message, cause);
    this.bookmark = bookmark;
  }

  /** The bookmark of the page that could not be had; null for the first page. */
  public String bookmark() {
    return bookmark;
  }
}
