package io.github.pinterestapi.extras.bulk;

/**
 * Hears each item's result as a bulk run decides it. Calls come one at a time (never
 * concurrently), from whichever thread finished the item, and an exception thrown here is ignored
 * so that progress reporting cannot change the run.
 *
 * <pre>{@code
 * BulkWriter.builder(pinterest).listener((item, finished, total) ->
 *     log.info("{}/{} {}", finished, total, item)).build();
 * }</pre>
 */
@FunctionalInterface
public interface BulkListener {
  BulkListener NONE = (item, finished, total) -> {};

  /**
   * @param item the result just decided (items carried over from an earlier run count too)
   * @param finished how many items of this run have a result now, this one included
   * @param total how many items the run has
   */
  void onItem(ItemResult item, int finished, int total);
}
