package io.github.pinterestapi.internal;

import okhttp3.HttpUrl;
import io.github.pinterestapi.errors.PlainHttpRefusedException;

/**
 * Where a URL points, as far as credentials care: its origin (scheme, host, port), and whether
 * plain http to it stays on this machine. Judged from the URL alone, never by a DNS lookup.
 *
 * <pre>{@code
 * if (!Origins.isSecureOrLoopback(url)) throw new PlainHttpRefusedException(url.host());
 * }</pre>
 */
public final class Origins {
  private Origins() {}

  /** Whether the host is this machine: {@code localhost}, {@code 127.0.0.0/8} or {@code ::1}. */
  public static boolean isLoopback(String host) {
    return host.equalsIgnoreCase("localhost") || host.equals("::1") || isIpv4Loopback(host);
  }

  /** https anywhere, or plain http to loopback. */
  public static boolean isSecureOrLoopback(HttpUrl url) {
    return url.isHttps() || isLoopback(url.host());
  }

  /** Same scheme, host and port. */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host())
        && a.port() == b.port();
  }

  /** The origin alone, such as {@code https://example.com:443}: no path, no query. */
  public static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }

  /** {@code url}, or a {@link PlainHttpRefusedException} if it is plain http off this machine. */
  public static HttpUrl requireSecureOrLoopback(HttpUrl url) {
    if (!isSecureOrLoopback(url)) {
      throw new PlainHttpRefusedException(url.host());
    }
    return url;
  }

  // 127.d.d.d with 1-3 digits each, checked by hand: no regex on a host from the network.
  private static boolean isIpv4Loopback(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        if (part.charAt(i) < '0' || part.charAt(i) > '9') {
          return false;
        }
      }
    }
    return true;
  }
}
