package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeTest {
  @Test
  void knownScopesAreExactlyTheDescriptionsList() throws IOException {
    String property = System.getProperty("pinterest.spec.corrected");
    Path spec = Paths.get(property != null ? property : "../spec/target/openapi/pinterest-openapi.json");
    assertTrue(Files.isRegularFile(spec), "The corrected description is missing at " + spec
        + "; build spec/ first or pass -Dpinterest.spec.corrected=PATH");
    Map<?, ?> root = (Map<?, ?>) new Moshi.Builder().build().adapter(Object.class)
        .fromJson(new String(Files.readAllBytes(spec), StandardCharsets.UTF_8));
    Map<?, ?> scopes = (Map<?, ?>) walk(root, "components", "securitySchemes", "pinterest_oauth2",
        "flows", "authorizationCode", "scopes");

    List<String> ours = new ArrayList<>();
    for (Scope scope : Scope.values()) {
      ours.add(scope.value());
    }
    assertEquals(new ArrayList<>(scopes.keySet()), ours);
    assertEquals(19, ours.size());
  }

  private static Object walk(Map<?, ?> map, String... keys) {
    Object at = map;
    for (String key : keys) {
      at = ((Map<?, ?>) at).get(key);
    }
    return at;
  }

  @Test
  void ofReturnsTheConstantForAKnownName() {
    assertSame(Scope.PINS_WRITE_SECRET, Scope.of("pins:write_secret"));
    assertTrue(Scope.BOARDS_READ.isKnown());
  }

  @Test
  void ofKeepsAScopeThisVersionDoesNotKnow() {
    Scope future = Scope.of("reels:read");
    assertEquals("reels:read", future.value());
    assertFalse(future.isKnown());
    assertEquals(future, Scope.of("reels:read"));
  }

  @Test
  void parsesCommaOrSpaceSeparatedLists() {
    assertEquals(Arrays.asList(Scope.BOARDS_READ, Scope.PINS_READ),
        Scope.parseList("boards:read, pins:read"));
    assertEquals(Arrays.asList(Scope.BOARDS_READ, Scope.PINS_READ),
        Scope.parseList("boards:read pins:read"));
    assertEquals("boards:read,pins:read",
        Scope.join(Arrays.asList(Scope.BOARDS_READ, Scope.PINS_READ)));
  }
}
