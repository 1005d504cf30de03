/**
 * Walking Pinterest's bookmark-paginated lists item by item or page by page, with
 * {@link io.github.pinterestapi.extras.paging.Pager}; {@code Pinterest.paginate(…)} makes one
 * whose failures carry the client's typed exceptions.
 */
@NullMarked
package io.github.pinterestapi.extras.paging;

import org.jspecify.annotations.NullMarked;
