package io.github.pinterestapi.extras.bulk;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.v5.api.BoardsApi;
import io.github.pinterestapi.v5.api.PinsApi;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.BoardWithUpdatePrivacy;
import io.github.pinterestapi.v5.model.BoardWithUpdatePrivacyUpdate;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinUpdate;
import java.util.function.Function;
import retrofit2.Call;

/**
 * One write of a bulk run, under a key the caller chooses (a product SKU, a row number) that
 * stays the same across runs, so a later run can tell which items are already done. Immutable.
 *
 * <pre>{@code
 * BulkItem.createPin("sku-123", new PinCreate().boardId(boardId).title("Blue mug"));
 * BulkItem.updatePin("sku-124", pinId, new PinUpdate().title("Blue mug, large"));
 * BulkItem.create("row-7",
 *     p -> p.api(BoardsApi.class).boardSectionsCreate(boardId, section, null), BoardSection::getId);
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

  /** Sends the call and returns the id of what it wrote. */
  interface Write {
    String send(Pinterest pinterest);
  }

  private final String key;
  private final Kind kind;
  private final Function<Pinterest, ? extends Call<?>> call;
  private final Function<Object, String> id;

  @SuppressWarnings("unchecked")
  private <T> BulkItem(String key, Kind kind, Function<Pinterest, Call<T>> call,
      Function<? super T, String> id) {
    if (key == null || key.isEmpty() || call == null || id == null) {
      throw new IllegalArgumentException("a bulk item needs a key, a call and an id function");
    }
    this.key = key;
    this.kind = kind;
    this.call = call;
    this.id = body -> id.apply((T) body);
  }

  /** Creates a Pin ({@code POST /pins}). */
  public static BulkItem createPin(String key, PinCreate pin) {
    return create(key, p -> p.api(PinsApi.class).pinsCreate(pin, null), Pin::getId);
  }

  /** Updates a Pin ({@code PATCH /pins/{pin_id}}). */
  public static BulkItem updatePin(String key, String pinId, PinUpdate update) {
    return update(key, p -> p.api(PinsApi.class).pinsUpdate(pinId, update, null), Pin::getId);
  }

  /** Creates a board ({@code POST /boards}). */
  public static BulkItem createBoard(String key, BoardCreate board) {
    return create(key, p -> p.api(BoardsApi.class).boardsCreate(board, null), Board::getId);
  }

  /** Updates a board ({@code PATCH /boards/{board_id}}). */
  public static BulkItem updateBoard(
      String key, String boardId, BoardWithUpdatePrivacyUpdate update) {
    return update(key, p -> p.api(BoardsApi.class).boardsUpdate(boardId, update, null),
        BoardWithUpdatePrivacy::getId);
  }

  /** Any call that creates something; {@code id} reads the new thing's id from the answer. */
  public static <T> BulkItem create(
      String key, Function<Pinterest, Call<T>> call, Function<? super T, String> id) {
    return new BulkItem(key, Kind.CREATE, call, id);
  }

  /** Any call that changes something that exists; safe to send again after a failure. */
  public static <T> BulkItem update(
      String key, Function<Pinterest, Call<T>> call, Function<? super T, String> id) {
    return new BulkItem(key, Kind.UPDATE, call, id);
  }

  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  /** Builds the call; the caller runs it through the client so retries and limits apply. */
  Call<?> call(Pinterest pinterest) {
    return call.apply(pinterest);
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
