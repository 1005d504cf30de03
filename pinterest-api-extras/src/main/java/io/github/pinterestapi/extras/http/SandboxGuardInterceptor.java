package io.github.pinterestapi.extras.http;

import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import io.github.pinterestapi.errors.PinterestSandboxException;

/**
 * On a client pointed at Pinterest's sandbox, refuses operations the sandbox does not offer
 * ({@code x-sandbox: disabled}) before anything is sent, naming the operation, instead of letting
 * the sandbox answer with a puzzling error.
 *
 * <pre>{@code
 * clientBuilder.addInterceptor(new SandboxGuardInterceptor());
 * }</pre>
 */
public final class SandboxGuardInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    PinterestOperation operation = Operations.of(chain.request());
    if (operation != null && "disabled".equals(operation.sandbox())) {
      throw new ClientRefusal(new PinterestSandboxException(operation.id()));
    }
    return chain.proceed(chain.request());
  }
}
