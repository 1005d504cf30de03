package io.github.pinterestapi.testing;

import java.time.Duration;

/** One armed fault: what goes wrong, for how many more responses, and for which operation. */
final class FaultRule {
  enum Kind {
    RATE_LIMIT, SERVER_ERROR, SLOW, DISCONNECT, DISCONNECT_DURING_BODY, EXPIRED_TOKEN
  }

  final Kind kind;
  /** Null for every operation. */
  final String operationId;
  final Duration duration;
  final int status;
  int remaining;

  FaultRule(Kind kind, String operationId, int times, Duration duration, int status) {
    this.kind = kind;
    this.operationId = operationId;
    this.remaining = times;
    this.duration = duration;
    this.status = status;
  }

  boolean appliesTo(String operation) {
    return operationId == null || operationId.equals(operation);
  }

  /** Whether the request is answered without reaching the fake's state. */
  boolean replacesResponse() {
    return kind == Kind.RATE_LIMIT || kind == Kind.SERVER_ERROR || kind == Kind.DISCONNECT
        || kind == Kind.EXPIRED_TOKEN;
  }

  @Override
  public String toString() {
    return kind + " x" + remaining + (operationId == null ? "" : " on " + operationId);
  }
}
