package io.github.pinterestapi.extras.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import io.github.pinterestapi.errors.PinterestInternalException;

/**
 * The outermost interceptor: whatever an inner layer throws that is not an {@link IOException}
 * (an {@code Error}, a bug) leaves as a {@link PinterestInternalException}, carried as an
 * {@code IOException} so that OkHttp completes async calls with it instead of killing its
 * dispatcher thread. It also caps the body of error answers, which Retrofit reads whole.
 *
 * <pre>{@code
 * builder.interceptors().add(0, new CallBoundaryInterceptor());
 * }</pre>
 */
final class CallBoundaryInterceptor implements Interceptor {
  /** Error answers are read up to this many bytes; the rest is dropped. */
  static final long MAX_ERROR_BODY_BYTES = 1024 * 1024;

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      return capErrorBody(chain.proceed(chain.request()));
    } catch (IOException e) {
      throw e;
    } catch (Throwable e) {
      throw new ClientRefusal(PinterestInternalException.of(Operations.id(chain.request()), e));
    }
  }

  private static Response capErrorBody(Response response) throws IOException {
    ResponseBody body = response.body();
    if (response.isSuccessful() || body == null
        || (body.contentLength() >= 0 && body.contentLength() <= MAX_ERROR_BODY_BYTES)) {
      return response;
    }
    ResponseBody head = response.peekBody(MAX_ERROR_BODY_BYTES);
    response.close();
    return response.newBuilder().body(head).build();
  }
}
