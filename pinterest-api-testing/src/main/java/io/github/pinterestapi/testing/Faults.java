package io.github.pinterestapi.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Switches that make {@link FakePinterest}'s API misbehave for its next responses: 429s, server
 * errors, slow answers, dropped connections and expired tokens. Each switch arms a fault for the
 * next {@code times} API responses (optionally of one operation only); faults fire in the order
 * they were armed, one per response. Uploads and report downloads are never faulted.
 *
 * <pre>{@code
 * fake.faults().rateLimitNext(2);                            // two 429s, then normal answers
 * fake.faults().forOperation("pins/create").serverErrorNext(1, 503);
 * fake.faults().slowNext(1, Duration.ofMillis(50));
 * }</pre>
 */
public final class Faults {
  /** What a 429 asks the client to wait by default. Keep client sleepers fake in tests. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private final List<FaultRule> rules;
  private final String operationId;

  Faults() {
    this(new ArrayList<>(), null);
  }

  private Faults(List<FaultRule> rules, String operationId) {
    this.rules = rules;
    this.operationId = operationId;
  }

  /** The same switches, limited to one Pinterest operation such as {@code pins/list}. */
  public Faults forOperation(String operationId) {
    if (operationId == null || operationId.isEmpty()) {
      throw new IllegalArgumentException("operationId is required");
    }
    return new Faults(rules, operationId);
  }

  /** 429 with Pinterest's rate-limit error and {@code Retry-After: 1}. */
  public Faults rateLimitNext(int times) {
    return rateLimitNext(times, DEFAULT_RETRY_AFTER);
  }

  /** 429 with {@code Retry-After} set to {@code retryAfter}, rounded up to whole seconds. */
  public Faults rateLimitNext(int times, Duration retryAfter) {
    return arm(FaultRule.Kind.RATE_LIMIT, times, retryAfter, 429);
  }

  /** 500 with a Pinterest error body. */
  public Faults serverErrorNext(int times) {
    return serverErrorNext(times, 500);
  }

  /** A 5xx of the given status with a Pinterest error body. */
  public Faults serverErrorNext(int times, int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be 5xx: " + status);
    }
    return arm(FaultRule.Kind.SERVER_ERROR, times, null, status);
  }

  /** The normal answer, its headers held back by {@code delay}; keep it small in tests. */
  public Faults slowNext(int times, Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive");
    }
    return arm(FaultRule.Kind.SLOW, times, delay, 0);
  }

  /** The connection closes after the request is read, before any response; state is untouched. */
  public Faults disconnectNext(int times) {
    return arm(FaultRule.Kind.DISCONNECT, times, null, 0);
  }

  /**
   * The request is carried out, then the connection closes part-way through the response body:
   * the client sees a failure although the change happened, as after a real network cut.
   */
  public Faults disconnectDuringBodyNext(int times) {
    return arm(FaultRule.Kind.DISCONNECT_DURING_BODY, times, null, 0);
  }

  /** 401 as if the request's token had expired; the token itself stays valid. */
  public Faults expiredTokenNext(int times) {
    return arm(FaultRule.Kind.EXPIRED_TOKEN, times, null, 401);
  }

  /** Disarms every fault not yet fired, of every operation. */
  public Faults clear() {
    synchronized (rules) {
      rules.clear();
    }
    return this;
  }

  /** How many faulty responses are still armed, across all operations. */
  public int pending() {
    synchronized (rules) {
      int total = 0;
      for (FaultRule rule : rules) {
        total += rule.remaining;
      }
      return total;
    }
  }

  /** The next fault for a response to {@code operation} (null off the known API), consumed. */
  FaultRule take(String operation) {
    synchronized (rules) {
      for (Iterator<FaultRule> it = rules.iterator(); it.hasNext(); ) {
        FaultRule rule = it.next();
        if (rule.appliesTo(operation)) {
          rule.remaining--;
          if (rule.remaining <= 0) {
            it.remove();
          }
          return rule;
        }
      }
      return null;
    }
  }

  private Faults arm(FaultRule.Kind kind, int times, Duration duration, int status) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    synchronized (rules) {
      rules.add(new FaultRule(kind, operationId, times, duration, status));
    }
    return this;
  }

  @Override
  public String toString() {
    synchronized (rules) {
      return "Faults" + rules;
    }
  }
}
