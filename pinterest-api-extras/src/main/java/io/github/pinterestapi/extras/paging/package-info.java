/**
 * Walking Pinterest's bookmark-paginated lists item by item or page by page, with
 * {@link io.github.pinterestapi.extras.paging.Pager}.
 */
package io.github.pinterestapi.extras.paging;
