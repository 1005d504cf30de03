package io.github.pinterestapi.internal.http;

import java.io.InterruptedIOException;
import java.time.Duration;
import io.github.pinterestapi.extras.http.Sleeper;

/**
 * A wait inside an OkHttp interceptor, which may only throw {@code IOException}: an interrupt
 * surfaces as {@link InterruptedIOException}, with the thread's interrupt flag set again.
 */
final class InterceptorSleep {
  private InterceptorSleep() {}

  /** @param waitingFor ends the message "interrupted while waiting …", such as "to retry" */
  static void sleep(Sleeper sleeper, Duration wait, String waitingFor)
      throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting " + waitingFor);
    }
  }
}
