package io.github.pinterestapi.extras.oauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OAuth scope a Pinterest app asks the user for, such as {@code boards:read}.
 *
 * <p>The constants are the scopes Pinterest's description lists. {@link #of(String)} also accepts
 * a scope this version does not know, so a scope Pinterest adds later can be requested (and read
 * back from a token) without waiting for a new release.
 *
 * <pre>{@code
 * AuthorizationUrl.builder().scopes(Scope.BOARDS_READ, Scope.PINS_READ) ...
 * }</pre>
 */
public final class Scope {
  private static final Map<String, Scope> KNOWN = new LinkedHashMap<>();

  public static final Scope ADS_READ = known("ads:read");
  public static final Scope ADS_WRITE = known("ads:write");
  public static final Scope BILLING_READ = known("billing:read");
  public static final Scope BILLING_WRITE = known("billing:write");
  public static final Scope BIZ_ACCESS_READ = known("biz_access:read");
  public static final Scope BIZ_ACCESS_WRITE = known("biz_access:write");
  public static final Scope BOARDS_READ = known("boards:read");
  public static final Scope BOARDS_READ_SECRET = known("boards:read_secret");
  public static final Scope BOARDS_WRITE = known("boards:write");
  public static final Scope BOARDS_WRITE_SECRET = known("boards:write_secret");
  public static final Scope CATALOGS_READ = known("catalogs:read");
  public static final Scope CATALOGS_WRITE = known("catalogs:write");
  public static final Scope MSOT_WRITE = known("msot:write");
  public static final Scope PINS_READ = known("pins:read");
  public static final Scope PINS_READ_SECRET = known("pins:read_secret");
  public static final Scope PINS_WRITE = known("pins:write");
  public static final Scope PINS_WRITE_SECRET = known("pins:write_secret");
  public static final Scope USER_ACCOUNTS_READ = known("user_accounts:read");
  public static final Scope USER_ACCOUNTS_WRITE = known("user_accounts:write");

  private final String value;

  private Scope(String value) {
    this.value = value;
  }

  private static Scope known(String value) {
    Scope scope = new Scope(value);
    KNOWN.put(value, scope);
    return scope;
  }

  /** The scope named {@code value}: a constant when known, otherwise a new scope that keeps it. */
  public static Scope of(String value) {
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalArgumentException("A scope needs a name, such as boards:read");
    }
    String trimmed = value.trim();
    Scope scope = KNOWN.get(trimmed);
    return scope != null ? scope : new Scope(trimmed);
  }

  /** The scopes this version knows, in the description's order. */
  public static List<Scope> values() {
    return Collections.unmodifiableList(new ArrayList<>(KNOWN.values()));
  }

  /**
   * Parses Pinterest's list of scopes, as the token endpoint returns it. Commas and whitespace both
   * separate, because Pinterest has answered with either.
   */
  public static List<Scope> parseList(String scopes) {
    List<Scope> parsed = new ArrayList<>();
    if (scopes == null) {
      return parsed;
    }
    for (String part : scopes.split("[,\\s]+")) {
      if (!part.isEmpty()) {
        parsed.add(of(part));
      }
    }
    return parsed;
  }

  /** Joins scopes the way Pinterest expects them in a request: comma-separated, no spaces. */
  public static String join(Collection<Scope> scopes) {
    StringBuilder joined = new StringBuilder();
    for (Scope scope : scopes) {
      if (joined.length() > 0) {
        joined.append(',');
      }
      joined.append(scope.value);
    }
    return joined.toString();
  }

  /** The name Pinterest uses, such as {@code pins:write_secret}. */
  public String value() {
    return value;
  }

  /** Whether this version of the library lists the scope. */
  public boolean isKnown() {
    return KNOWN.get(value) == this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope && ((Scope) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
