package io.github.pinterestapi.extras.bulk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of every item of a bulk run, in the order the items were given. Immutable; the
 * {@code mark…} methods return a new result. Pass it to the next run to resume: items already
 * {@code DONE} are skipped, and creates whose outcome is {@code UNKNOWN} are not resent until the
 * caller has checked them.
 *
 * <pre>{@code
 * BulkResult first = writer.run(items);
 * store.save(first.doneIds());                                  // key -> id
 * BulkResult second = writer.run(items, BulkResult.ofDone(store.load()));
 * }</pre>
 */
public final class BulkResult {
  private final List<ItemResult> items;
  private final Map<String, ItemResult> byKey;

  BulkResult(List<ItemResult> items) {
    this.items = Collections.unmodifiableList(new ArrayList<>(items));
    Map<String, ItemResult> index = new LinkedHashMap<>();
    for (ItemResult item : items) {
      index.put(item.key(), item);
    }
    this.byKey = Collections.unmodifiableMap(index);
  }

  /** No earlier run: every item is sent. */
  public static BulkResult empty() {
    return new BulkResult(Collections.<ItemResult>emptyList());
  }

  /** A result rebuilt from stored {@code key -> id} pairs of items known to be done. */
  public static BulkResult ofDone(Map<String, String> idsByKey) {
    List<ItemResult> done = new ArrayList<>();
    for (Map.Entry<String, String> entry : idsByKey.entrySet()) {
      done.add(new ItemResult(entry.getKey(), null, ItemResult.Outcome.DONE, entry.getValue(),
          null, false));
    }
    return new BulkResult(done);
  }

  /** Every item's result, in input order. */
  public List<ItemResult> items() {
    return items;
  }

  /** The result for {@code key}, or null when the run had no such item. */
  public @Nullable ItemResult get(String key) {
    return byKey.get(key);
  }

  public List<ItemResult> with(ItemResult.Outcome outcome) {
    List<ItemResult> matching = new ArrayList<>();
    for (ItemResult item : items) {
      if (item.outcome() == outcome) {
        matching.add(item);
      }
    }
    return matching;
  }

  /** How many items ended with each outcome. */
  public Map<ItemResult.Outcome, Integer> counts() {
    Map<ItemResult.Outcome, Integer> counts = new EnumMap<>(ItemResult.Outcome.class);
    for (ItemResult.Outcome outcome : ItemResult.Outcome.values()) {
      counts.put(outcome, 0);
    }
    for (ItemResult item : items) {
      counts.put(item.outcome(), counts.get(item.outcome()) + 1);
    }
    return counts;
  }

  /** Whether every item is {@code DONE}. */
  public boolean isComplete() {
    return with(ItemResult.Outcome.DONE).size() == items.size();
  }

  /** {@code key -> id} of the items that are done: what to store to resume later. */
  public Map<String, String> doneIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (ItemResult item : with(ItemResult.Outcome.DONE)) {
      ids.put(item.key(), item.id());
    }
    return ids;
  }

  /** After checking on Pinterest: the item of {@code key} exists, with id {@code id}. */
  public BulkResult markDone(String key, String id) {
    ItemResult old = require(key);
    return replace(new ItemResult(key, old.kind(), ItemResult.Outcome.DONE, id, null, false));
  }

  /** After checking on Pinterest: {@code key} was not created; the next run sends it. */
  public BulkResult markNotCreated(String key) {
    ItemResult old = require(key);
    return replace(new ItemResult(key, old.kind(), ItemResult.Outcome.NOT_STARTED, null, null,
        false));
  }

  private ItemResult require(String key) {
    ItemResult item = byKey.get(key);
    if (item == null) {
      throw new IllegalArgumentException("no item with key " + key);
    }
    return item;
  }

  private BulkResult replace(ItemResult replacement) {
    List<ItemResult> copy = new ArrayList<>(items);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).key().equals(replacement.key())) {
        copy.set(i, replacement);
      }
    }
    return new BulkResult(copy);
  }

  @Override
  public String toString() {
    return "BulkResult" + counts();
  }
}
