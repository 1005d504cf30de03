package io.github.pinterestapi.extras.bulk;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.BoardWithUpdatePrivacy;
import io.github.pinterestapi.v5.model.BoardWithUpdatePrivacyUpdate;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinUpdate;
import io.github.pinterestapi.v5.params.BoardsCreateParams;
import io.github.pinterestapi.v5.params.BoardsUpdateParams;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import io.github.pinterestapi.v5.params.PinsUpdateParams;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * One write of a bulk run, under a key the caller chooses (a product SKU, a row number) that
 * stays the same across runs, so a later run can tell which items are already done. Immutable.
 *
 * <pre>{@code
 * BulkItem.createPin("sku-123", new PinCreate().boardId(boardId).title("Blue mug"));
 * BulkItem.updatePin("sku-124", pinId, new PinUpdate().title("Blue mug, large"));
 * BulkItem.create("row-7", p -> p.api(BoardsApi.class).boardSectionsCreate(…), BoardSection::getId);
 * }</pre>
 */
public final class BulkItem {
  /** Whether the write makes something new (never resent blindly) or changes something. */
  public enum Kind {
    /** Makes a new Pin or board; resending one whose outcome is unknown could make two. */
    CREATE,
    /** Changes an existing one; sending the same change twice leaves the same result. */
    UPDATE
  }

  private final String key;
  private final Kind kind;
  // Two steps, so that a write that cannot even be prepared is known to be unsent: preparing
  // (building the parameters or the call) sends nothing; the step it returns sends.
  private final Function<Pinterest, Supplier<?>> write;
  private final Function<Object, String> id;

  @SuppressWarnings("unchecked")
  private <T> BulkItem(String key, Kind kind, Function<Pinterest, Supplier<T>> write,
      Function<? super T, String> id) {
    if (key == null || key.isEmpty() || write == null || id == null) {
      throw new IllegalArgumentException("a bulk item needs a key, a call and an id function");
    }
    this.key = key;
    this.kind = kind;
    this.write = write::apply;
    this.id = body -> id.apply((T) body);
  }

  /** Creates a Pin ({@code POST /pins}). */
  public static BulkItem createPin(String key, PinCreate pin) {
    return new BulkItem(key, Kind.CREATE, p -> {
      PinsCreateParams params = PinsCreateParams.builder().body(pin).build();
      return () -> p.pins().create(params);
    }, Pin::getId);
  }

  /** Updates a Pin ({@code PATCH /pins/{pin_id}}). */
  public static BulkItem updatePin(String key, String pinId, PinUpdate update) {
    return new BulkItem(key, Kind.UPDATE, p -> {
      PinsUpdateParams params = PinsUpdateParams.builder().pinId(pinId).body(update).build();
      return () -> p.pins().update(params);
    }, Pin::getId);
  }

  /** Creates a board ({@code POST /boards}). */
  public static BulkItem createBoard(String key, BoardCreate board) {
    return new BulkItem(key, Kind.CREATE, p -> {
      BoardsCreateParams params = BoardsCreateParams.builder().body(board).build();
      return () -> p.boards().create(params);
    }, Board::getId);
  }

  /** Updates a board ({@code PATCH /boards/{board_id}}). */
  public static BulkItem updateBoard(
      String key, String boardId, BoardWithUpdatePrivacyUpdate update) {
    return new BulkItem(key, Kind.UPDATE, p -> {
      BoardsUpdateParams params = BoardsUpdateParams.builder().boardId(boardId).body(update).build();
      return () -> p.boards().update(params);
    }, BoardWithUpdatePrivacy::getId);
  }

  /**
   * Any low-level call that creates something, run through {@code pinterest.execute}; {@code id}
   * reads the new thing's id from the answer.
   */
  public static <T> BulkItem create(
      String key, Function<Pinterest, Call<T>> call, Function<? super T, String> id) {
    return new BulkItem(key, Kind.CREATE, sending(call), id);
  }

  /** Any low-level call that changes something that exists; safe to send again after a failure. */
  public static <T> BulkItem update(
      String key, Function<Pinterest, Call<T>> call, Function<? super T, String> id) {
    return new BulkItem(key, Kind.UPDATE, sending(call), id);
  }

  private static <T> Function<Pinterest, Supplier<T>> sending(Function<Pinterest, Call<T>> call) {
    if (call == null) {
      return null;
    }
    return p -> {
      Call<T> made = call.apply(p);
      return () -> p.execute(made);
    };
  }

  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  /** Prepares the write, sending nothing; the step returned sends it and returns the body. */
  Supplier<?> prepare(Pinterest pinterest) {
    return write.apply(pinterest);
  }

  /** The id in a successful answer. */
  String idOf(Object body) {
    return body == null ? null : id.apply(body);
  }

  @Override
  public String toString() {
    return "BulkItem{" + kind + " " + key + "}";
  }
}
