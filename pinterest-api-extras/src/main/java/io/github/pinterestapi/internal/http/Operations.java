package io.github.pinterestapi.internal.http;

import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Invocation;
import retrofit2.http.Streaming;

/**
 * Reads the {@link PinterestOperation} of a request from the {@link Invocation} tag Retrofit puts
 * on every request it builds. Requests built by hand (an S3 upload) have none.
 *
 * <pre>{@code
 * PinterestOperation op = Operations.of(chain.request()); // null for non-API requests
 * }</pre>
 */
public final class Operations {
  /** The category used for operations the description gives none. */
  static final String DEFAULT_CATEGORY = "default";

  private Operations() {}

  static PinterestOperation of(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation == null ? null : invocation.method().getAnnotation(PinterestOperation.class);
  }

  /** The operationId, or null for requests that are not generated API calls. */
  public static String id(Request request) {
    PinterestOperation operation = of(request);
    return operation == null ? null : operation.id();
  }

  static String category(PinterestOperation operation) {
    String category = operation.rateLimitCategory();
    return category.isEmpty() ? DEFAULT_CATEGORY : category;
  }

  /**
   * Whether the caller reads the body as a stream ({@code @Streaming} or {@code Call<ResponseBody>}),
   * so the client must not read it into memory first.
   */
  static boolean streamsBody(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return true;
    }
    Method method = invocation.method();
    if (method.isAnnotationPresent(Streaming.class)) {
      return true;
    }
    Type returned = method.getGenericReturnType();
    if (returned instanceof ParameterizedType) {
      Type[] arguments = ((ParameterizedType) returned).getActualTypeArguments();
      return arguments.length == 1 && arguments[0] == ResponseBody.class;
    }
    return false;
  }
}
