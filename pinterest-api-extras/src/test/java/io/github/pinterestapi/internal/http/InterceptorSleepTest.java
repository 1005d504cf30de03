package io.github.pinterestapi.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.extras.http.Sleeper;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InterceptorSleepTest {
  @Test
  void anInterruptBecomesAnInterruptedIoExceptionAndStaysFlagged() {
    Sleeper interrupted = wait -> {
      throw new InterruptedException();
    };

    InterruptedIOException e = assertThrows(InterruptedIOException.class,
        () -> InterceptorSleep.sleep(interrupted, Duration.ofSeconds(1), "to retry"));

    assertEquals("interrupted while waiting to retry", e.getMessage());
    assertTrue(Thread.interrupted(), "the interrupt flag is set again (and cleared here)");
  }
}
