package io.github.pinterestapi.extras.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.internal.http.RetryInterceptor;

class RetryPolicyTest {
  private final RetryPolicy policy = RetryPolicy.defaults();

  @Test
  void backoffDoublesUpToTheCap() {
    assertEquals(Duration.ofMillis(500), policy.backoff(1, 0));
    assertEquals(Duration.ofMillis(1000), policy.backoff(2, 0));
    assertEquals(Duration.ofMillis(2000), policy.backoff(3, 0));
    assertEquals(Duration.ofMillis(8000), policy.backoff(5, 0));
    assertEquals(Duration.ofMillis(8000), policy.backoff(40, 0));
  }

  @Test
  void jitterShortensByAtMostItsFraction() {
    assertEquals(Duration.ofMillis(750), policy.backoff(2, 1.0));
    assertEquals(Duration.ofMillis(875), policy.backoff(2, 0.5));
    RetryPolicy full = policy.toBuilder().jitter(1.0).build();
    assertEquals(Duration.ofMillis(500), full.backoff(2, 0.5));
  }

  @Test
  void validation() {
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().jitter(1.5));
    assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxTotalWait(Duration.ofSeconds(-1)));
    assertEquals(0, RetryPolicy.none().maxRetries());
  }

  @Test
  void idempotentMethods() {
    for (String method : new String[] {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}) {
      assertEquals(true, RetryInterceptor.isIdempotent(method), method);
    }
    assertEquals(false, RetryInterceptor.isIdempotent("POST"));
    assertEquals(false, RetryInterceptor.isIdempotent("PATCH"));
  }
}
