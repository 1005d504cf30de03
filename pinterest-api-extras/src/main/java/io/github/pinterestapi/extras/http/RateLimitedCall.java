package io.github.pinterestapi.extras.http;

import java.util.List;

/**
 * The identity of one API call as a {@link RateLimitBackend} counts it: its operation, its
 * {@code x-ratelimit-category}, and the ad account it acts on (Pinterest counts
 * {@code ads_conversions} per ad account). Immutable.
 *
 * <pre>{@code
 * RateLimitedCall call = RateLimitedCall.of("events/create", "ads_conversions", "549755885175");
 * }</pre>
 */
public final class RateLimitedCall {
  private final String operationId;
  private final String category;
  private final String adAccountId;

  private RateLimitedCall(String operationId, String category, String adAccountId) {
    this.operationId = operationId;
    this.category = category;
    this.adAccountId = adAccountId;
  }

  /** @param adAccountId the ad account in the call's path, or null */
  public static RateLimitedCall of(String operationId, String category, String adAccountId) {
    if (operationId == null || category == null) {
      throw new IllegalArgumentException("operationId and category are required");
    }
    return new RateLimitedCall(operationId, category, adAccountId);
  }

  /** The call whose path is {@code pathSegments}, taking the ad account after {@code ad_accounts}. */
  static RateLimitedCall of(String operationId, String category, List<String> pathSegments) {
    String adAccountId = null;
    for (int i = 0; i + 1 < pathSegments.size(); i++) {
      if ("ad_accounts".equals(pathSegments.get(i)) && !pathSegments.get(i + 1).isEmpty()) {
        adAccountId = pathSegments.get(i + 1);
        break;
      }
    }
    return new RateLimitedCall(operationId, category, adAccountId);
  }

  /** The operationId, such as {@code pins/list}. */
  public String operationId() {
    return operationId;
  }

  /** The rate-limit category, such as {@code org_read}; {@code default} when the description gives none. */
  public String category() {
    return category;
  }

  /** The ad account the call acts on, or null. */
  public String adAccountId() {
    return adAccountId;
  }

  @Override
  public String toString() {
    return "RateLimitedCall{" + operationId + ", " + category
        + (adAccountId == null ? "" : ", adAccount=" + adAccountId) + "}";
  }
}
