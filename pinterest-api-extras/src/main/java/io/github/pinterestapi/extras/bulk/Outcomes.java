package io.github.pinterestapi.extras.bulk;

import io.github.pinterestapi.extras.http.PinterestApiException;
import io.github.pinterestapi.extras.http.PinterestDecodeException;
import io.github.pinterestapi.extras.http.PinterestIoException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Decides whether a failed write may have taken effect. Only creates can be {@code UNKNOWN}:
 * resending an update writes the same values again, but resending a create can make a twin.
 *
 * <pre>{@code
 * ItemResult.Outcome outcome = Outcomes.ofFailure(item.kind(), error);
 * }</pre>
 */
final class Outcomes {
  private Outcomes() {}

  static ItemResult.Outcome ofFailure(BulkItem.Kind kind, RuntimeException error) {
    if (kind == BulkItem.Kind.UPDATE) {
      return ItemResult.Outcome.FAILED;
    }
    return mayHaveTakenEffect(error) ? ItemResult.Outcome.UNKNOWN : ItemResult.Outcome.FAILED;
  }

  static boolean mayHaveTakenEffect(RuntimeException error) {
    if (error instanceof PinterestApiException) {
      int status = ((PinterestApiException) error).statusCode();
      // 4xx is a refusal (429 included: the client already retried it); 408 and 5xx answer a
      // request that Pinterest may have carried out before failing.
      return status == 408 || status >= 500;
    }
    if (error instanceof PinterestDecodeException) {
      return true; // A success status arrived; only its body was unreadable.
    }
    if (error instanceof PinterestIoException) {
      IOException cause = ((PinterestIoException) error).getCause();
      return !(cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException); // Those fail before a byte is sent.
    }
    // Other PinterestExceptions (sandbox guard, sign-in required) refuse before sending; anything
    // else was thrown while building the call. Neither reached Pinterest.
    return false;
  }
}
