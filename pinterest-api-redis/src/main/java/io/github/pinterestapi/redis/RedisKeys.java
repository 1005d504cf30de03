package io.github.pinterestapi.redis;

/**
 * The names of a fleet's Redis keys. Everything about one user of one app carries the hash tag
 * {@code {app:user}}, so that in Redis Cluster a user's buckets, cool-downs, token and lease share a
 * slot (the Lua scripts touch one key each, but a reader sees one user's state on one node).
 * An ad account's {@code ads_conversions} budget is tagged by the ad account, shared by every user.
 *
 * <pre>{@code
 * RedisKeys keys = new RedisKeys("pinterest", "1500000", "user-42");
 * keys.token(); // pinterest:{1500000:user-42}:token
 * }</pre>
 */
final class RedisKeys {
  private final String prefix;
  private final String app;
  private final String user;

  RedisKeys(String prefix, String app, String user) {
    this.prefix = prefix;
    this.app = escape(app);
    this.user = escape(user);
  }

  private String userTag() {
    return prefix + ":{" + app + ":" + user + "}:";
  }

  String perSecond() {
    return userTag() + "second";
  }

  String perMinute(String category) {
    return userTag() + "minute:" + escape(category);
  }

  String adAccountPerMinute(String adAccountId, String category) {
    return prefix + ":{" + app + ":ad_account:" + escape(adAccountId) + "}:minute:"
        + escape(category);
  }

  String cooldown(String category) {
    return userTag() + "cooldown:" + escape(category);
  }

  String adAccountCooldown(String adAccountId, String category) {
    return prefix + ":{" + app + ":ad_account:" + escape(adAccountId) + "}:cooldown:"
        + escape(category);
  }

  String token() {
    return userTag() + "token";
  }

  String lease() {
    return userTag() + "refresh-lease";
  }

  /** The channel a refresh is announced on. */
  String refreshed() {
    return userTag() + "refreshed";
  }

  /** Braces would move the hash tag, and colons would blur the parts; both are %-escaped. */
  static String escape(String part) {
    StringBuilder out = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '{' || c == '}' || c == ':' || c == '%' || c < 0x20) {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
