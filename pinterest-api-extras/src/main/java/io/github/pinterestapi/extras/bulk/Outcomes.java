package io.github.pinterestapi.extras.bulk;

import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.errors.PinterestInternalException;
import io.github.pinterestapi.errors.PinterestIoException;
import io.github.pinterestapi.errors.PinterestRateLimitException;
import io.github.pinterestapi.errors.PinterestSandboxException;
import io.github.pinterestapi.errors.PlainHttpRefusedException;
import io.github.pinterestapi.errors.oauth.OAuthException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Decides whether a failed write may have taken effect. FAILED means "surely not written, safe
 * to send again", so only failures known to happen before sending, or answers that refuse, are
 * FAILED; everything else (a 5xx, a lost answer, a client-side failure after sending, anything
 * unexpected) is UNKNOWN.
 *
 * <pre>{@code
 * ItemResult.Outcome outcome = Outcomes.ofFailure(error);
 * }</pre>
 */
final class Outcomes {
  private Outcomes() {}

  static ItemResult.Outcome ofFailure(Throwable error) {
    return mayHaveTakenEffect(error) ? ItemResult.Outcome.UNKNOWN : ItemResult.Outcome.FAILED;
  }

  static boolean mayHaveTakenEffect(Throwable error) {
    if (error instanceof PinterestRateLimitException) {
      return false; // Refused unsent by the client, or refused by Pinterest (429).
    }
    if (error instanceof PinterestApiException) {
      int status = ((PinterestApiException) error).statusCode();
      // 4xx is a refusal; 408 and 5xx answer a request that Pinterest may have carried out
      // before failing.
      return status == 408 || status >= 500;
    }
    if (error instanceof PinterestIoException) {
      IOException cause = ((PinterestIoException) error).getCause();
      return !(cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException); // Those fail before a byte is sent.
    }
    // Refused before sending: not in the sandbox, no usable token, an insecure URL.
    return !(error instanceof PinterestSandboxException || error instanceof OAuthException
        || error instanceof PlainHttpRefusedException);
  }

  /** {@code error} as a result can hold it: an {@code Error} is wrapped, typed. */
  static RuntimeException typed(Throwable error) {
    return error instanceof RuntimeException ? (RuntimeException) error
        : new PinterestInternalException(null, error);
  }
}
