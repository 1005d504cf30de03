package io.github.pinterestapi.v5.services.internal;

import io.github.pinterestapi.ExtraParams;
import io.github.pinterestapi.RequestOptions;
import io.github.pinterestapi.extras.paging.Pager;
import io.github.pinterestapi.v5.runtime.CommaSeparated;
import io.github.pinterestapi.v5.runtime.GeneratedAdapters;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * How the generated services run their calls: the client's own execution path, so that typed
 * errors, sign-in handling and paging apply to every service call. {@code Pinterest} implements
 * it; users never do.
 *
 * <pre>{@code
 * Board board = runner.execute(runner.api(BoardsApi.class).boardsGet(boardId, …), extra, options);
 * }</pre>
 */
public interface ServiceRunner {
  /**
   * The client's implementation of a Retrofit interface.
   *
   * @param retrofitInterface a generated interface from {@code io.github.pinterestapi.v5.api}
   * @param <A> its type
   * @return the implementation
   */
  <A> A api(Class<A> retrofitInterface);

  /**
   * Runs the call with the extras and options applied.
   *
   * @param call the call
   * @param extra what to send beyond the described parameters
   * @param options settings for this call
   * @param <T> the body type
   * @return the body, or null for no content
   */
  <T> @Nullable T execute(Call<T> call, ExtraParams extra, RequestOptions options);

  /**
   * As {@link #execute}, on the client's dispatcher.
   *
   * @param call the call
   * @param extra what to send beyond the described parameters
   * @param options settings for this call
   * @param <T> the body type
   * @return the body, later
   */
  <T> CompletableFuture<T> executeAsync(Call<T> call, ExtraParams extra, RequestOptions options);

  /**
   * The pager, its pages run like {@link #execute}.
   *
   * @param pager the pages to walk
   * @param pageSize the caller's page size, or null for the largest
   * @param bookmark where to start, or null for the first page
   * @param extra what to send beyond the described parameters
   * @param options settings for each page's call
   * @param <T> the item type
   * @return the configured pager
   */
  <T> Pager<T> paginate(Pager<T> pager, @Nullable Integer pageSize, @Nullable String bookmark,
      ExtraParams extra,
      RequestOptions options);

  /**
   * The values as one comma-separated query parameter.
   *
   * @param values the values, or null
   * @param <T> the element type
   * @return null for null, else the values
   */
  static <T> @Nullable CommaSeparated<T> commaSeparated(@Nullable List<T> values) {
    return values == null ? null : CommaSeparated.of(values);
  }

  /**
   * Names the adapter of a generated type that the next call reads or sends, so that the client's
   * Moshi finds it. Each operation names its own types: a shrinker then keeps the adapters of the
   * operations an app calls, and no others.
   *
   * @param type the generated type
   * @param maker its {@code ModelJsonAdapters} method
   */
  static void uses(Class<?> type, GeneratedAdapters.Maker maker) {
    GeneratedAdapters.register(type, maker);
  }
}
