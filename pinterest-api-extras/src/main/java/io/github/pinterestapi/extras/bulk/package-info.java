/**
 * Bulk writes of Pins and boards: {@link io.github.pinterestapi.extras.bulk.BulkWriter} sends
 * {@link io.github.pinterestapi.extras.bulk.BulkItem}s with bounded concurrency and returns a
 * {@link io.github.pinterestapi.extras.bulk.BulkResult} with one
 * {@link io.github.pinterestapi.extras.bulk.ItemResult} per item, which a later run resumes from.
 */
@NullMarked
package io.github.pinterestapi.extras.bulk;

import org.jspecify.annotations.NullMarked;
