package io.github.pinterestapi.extras.http;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import io.github.pinterestapi.errors.PinterestException;
import io.github.pinterestapi.errors.PinterestInternalException;
import io.github.pinterestapi.errors.PinterestIoException;

/**
 * Runs a generated Retrofit {@link Call} and returns its body, or throws the
 * {@link PinterestException} that says what went wrong.
 *
 * <pre>{@code
 * Pin pin = PinterestCalls.execute(pins.pinsGet("123", null, null));
 * CompletableFuture<Pin> later = PinterestCalls.executeAsync(pins.pinsGet("123", null, null));
 * }</pre>
 *
 * <p>{@code Pinterest.execute} and {@code Pinterest.executeAsync} delegate here.
 */
public final class PinterestCalls {
  private PinterestCalls() {}

  /** The body of a successful answer (null for 204 and {@code Call<Void>}); otherwise throws. */
  public static <T> T execute(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw translate(call, e);
    } catch (RuntimeException e) {
      throw e; // A PinterestException, or the caller's own mistake in building the call.
    } catch (Throwable e) {
      throw new PinterestInternalException(operationId(call), e);
    }
    return bodyOrThrow(call, response);
  }

  /**
   * Enqueues the call. The future always completes, with the body or with a
   * {@link PinterestException} (an {@code Error} arrives as a {@link PinterestInternalException});
   * cancelling the future cancels the HTTP call.
   */
  public static <T> CompletableFuture<T> executeAsync(Call<T> call) {
    CompletableFuture<T> future = new CompletableFuture<T>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        call.cancel();
        return super.cancel(mayInterruptIfRunning);
      }
    };
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> done, Response<T> response) {
        try {
          future.complete(bodyOrThrow(done, response));
        } catch (Throwable e) { // The future completes, whatever happened.
          future.completeExceptionally(PinterestInternalException.of(operationId(done), e));
        }
      }

      @Override
      public void onFailure(Call<T> done, Throwable failure) {
        future.completeExceptionally(failure instanceof IOException
            ? translate(done, (IOException) failure)
            : PinterestInternalException.of(operationId(done), failure));
      }
    });
    return future;
  }

  private static <T> T bodyOrThrow(Call<T> call, Response<T> response) {
    if (response.isSuccessful()) {
      return response.body();
    }
    String body = "";
    try (ResponseBody errorBody = response.errorBody()) {
      if (errorBody != null) {
        body = errorBody.string(); // Retrofit buffered it already.
      }
    } catch (IOException e) {
      throw new PinterestIoException(operationId(call), e);
    }
    okhttp3.Response raw = response.raw();
    // Relative to when the answer arrived, which is what an HTTP-date Retry-After means.
    Instant received = Instant.ofEpochMilli(raw.receivedResponseAtMillis());
    throw ApiErrors.toException(operationId(call), raw.code(), raw.headers(), body, received);
  }

  /** The exception for an I/O failure: a client-side refusal's own, else a PinterestIoException. */
  static PinterestException translate(Call<?> call, IOException e) {
    PinterestException refusal = ClientRefusal.reasonOf(e);
    if (refusal != null) {
      return refusal;
    }
    return new PinterestIoException(operationId(call), e);
  }

  private static String operationId(Call<?> call) {
    try {
      Request request = call.request();
      return Operations.id(request);
    } catch (RuntimeException e) {
      return null; // The request could not even be built; there is no operation to name.
    }
  }
}
