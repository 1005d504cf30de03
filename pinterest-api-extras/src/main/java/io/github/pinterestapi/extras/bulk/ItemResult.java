package io.github.pinterestapi.extras.bulk;

/**
 * What happened to one {@link BulkItem}. Immutable.
 *
 * <pre>{@code
 * for (ItemResult item : result.items()) {
 *   switch (item.outcome()) {
 *     case DONE: save(item.key(), item.id()); break;
 *     case FAILED: log.warn("{} failed: {}", item.key(), item.error().getMessage()); break;
 *     case UNKNOWN: checkOnPinterest(item.key()); break;
 *     case NOT_STARTED: break; // the run was cancelled first
 *   }
 * }
 * }</pre>
 */
public final class ItemResult {
  /** The four things that can happen to an item; every item of a run gets exactly one. */
  public enum Outcome {
    /** Pinterest accepted the write; {@link #id()} names what was written. */
    DONE,
    /** Pinterest refused, or the write surely never arrived: safe to send again. */
    FAILED,
    /**
     * The request may have reached Pinterest, but no success came back (a network break, a 5xx,
     * a failure inside the client after sending). A create may exist: it is never resent
     * automatically; check on Pinterest, then use {@link BulkResult#markDone} or
     * {@link BulkResult#markNotCreated}. An update is sent again by a resumed run, since writing
     * the same values twice is harmless.
     */
    UNKNOWN,
    /** Not sent: the run was cancelled first. */
    NOT_STARTED
  }

  private final String key;
  private final BulkItem.Kind kind;
  private final Outcome outcome;
  private final String id;
  private final RuntimeException error;
  private final boolean fromEarlierRun;

  ItemResult(String key, BulkItem.Kind kind, Outcome outcome, String id, RuntimeException error,
      boolean fromEarlierRun) {
    this.key = key;
    this.kind = kind;
    this.outcome = outcome;
    this.id = id;
    this.error = error;
    this.fromEarlierRun = fromEarlierRun;
  }

  static ItemResult done(BulkItem item, String id) {
    return new ItemResult(item.key(), item.kind(), Outcome.DONE, id, null, false);
  }

  static ItemResult failed(BulkItem item, Outcome outcome, RuntimeException error) {
    return new ItemResult(item.key(), item.kind(), outcome, null, error, false);
  }

  static ItemResult notStarted(BulkItem item) {
    return new ItemResult(item.key(), item.kind(), Outcome.NOT_STARTED, null, null, false);
  }

  /** This result carried into a new run, which did not send the item again. */
  ItemResult carriedOver() {
    return new ItemResult(key, kind, outcome, id, error, true);
  }

  public String key() {
    return key;
  }

  /** The item's kind; null for results rebuilt with {@link BulkResult#ofDone}. */
  public BulkItem.Kind kind() {
    return kind;
  }

  public Outcome outcome() {
    return outcome;
  }

  public boolean isDone() {
    return outcome == Outcome.DONE;
  }

  /** The id of what was written when {@code DONE} (null if the answer had none); else null. */
  public String id() {
    return id;
  }

  /**
   * Why it failed ({@code FAILED}, {@code UNKNOWN}): usually a typed {@code PinterestException}
   * such as {@code PinterestApiException} with Pinterest's code; null otherwise.
   */
  public RuntimeException error() {
    return error;
  }

  /** Whether an earlier run decided this outcome and this run did not send the item. */
  public boolean isFromEarlierRun() {
    return fromEarlierRun;
  }

  @Override
  public String toString() {
    return "ItemResult{" + key + " " + outcome + (id == null ? "" : " id=" + id)
        + (error == null ? "" : " error=" + error.getMessage())
        + (fromEarlierRun ? " (earlier run)" : "") + "}";
  }
}
