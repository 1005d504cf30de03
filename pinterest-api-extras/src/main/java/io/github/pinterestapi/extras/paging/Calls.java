package io.github.pinterestapi.extras.paging;

import java.io.IOException;
import java.io.UncheckedIOException;
import retrofit2.Call;
import retrofit2.HttpException;
import retrofit2.Response;

/** The pager's default way to run a call when the caller brings none of its own. */
final class Calls {
  private Calls() {}

  /** The body of a 2xx answer; otherwise Retrofit's {@link HttpException}, which keeps the status. */
  static <R> R execute(Call<R> call) {
    Response<R> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!response.isSuccessful()) {
      throw new HttpException(response);
    }
    R body = response.body();
    if (body == null) {
      throw new IllegalStateException("HTTP " + response.code() + " came with no page");
    }
    return body;
  }
}
