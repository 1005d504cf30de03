package io.github.pinterestapi.extras.oauth;

import io.github.pinterestapi.v5.api.Scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pinterestapi.errors.oauth.OAuthException;

class FileTokenStoreTest {
  @TempDir
  Path directory;

  private static Token token(String access) {
    return Token.builder(access).refreshToken("pinr_R")
        .accessExpiresAt(Instant.parse("2025-01-31T00:00:00Z"))
        .refreshExpiresAt(Instant.parse("2025-03-01T00:00:00Z"))
        .scopes(Arrays.asList(Scope.BOARDS_READ, Scope.of("future:scope"))).build();
  }

  @Test
  void roundTripsEveryField() {
    FileTokenStore store = new FileTokenStore(directory.resolve("nested/token.json"));

    store.save(token("pina_A"));

    assertEquals(token("pina_A"), new FileTokenStore(store.file()).load());
  }

  @Test
  void roundTripsATokenWithOnlyAnAccessToken() {
    FileTokenStore store = new FileTokenStore(directory.resolve("token.json"));
    Token bare = Token.builder("pina_A").build();

    store.save(bare);

    assertEquals(bare, store.load());
  }

  @Test
  void anEmptyStoreLoadsNull() {
    assertNull(new FileTokenStore(directory.resolve("token.json")).load());
  }

  @Test
  void onlyTheOwnerCanReadOrWriteTheFile() throws Exception {
    assumeTrue(directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
    FileTokenStore store = new FileTokenStore(directory.resolve("token.json"));

    store.save(token("pina_A"));
    store.save(token("pina_B"));

    assertEquals("rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
  }

  @Test
  void eachSaveMovesANewFileIntoPlaceAndLeavesNoTempFiles() throws Exception {
    FileTokenStore store = new FileTokenStore(directory.resolve("token.json"));
    store.save(token("pina_A"));
    Object before = Files.readAttributes(store.file(), BasicFileAttributes.class).fileKey();

    store.save(token("pina_B"));

    Object after = Files.readAttributes(store.file(), BasicFileAttributes.class).fileKey();
    if (before != null) {
      // A different inode: the file was replaced by a rename, not rewritten in place.
      assertNotEquals(before, after);
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toList());
      assertEquals(Arrays.asList("token.json"), names);
    }
    assertEquals("pina_B", store.load().accessToken());
  }

  @Test
  void aFailedSaveLeavesOtherFilesAloneAndNoTempFileBehind() throws Exception {
    FileTokenStore store = new FileTokenStore(directory.resolve("token.json"));
    store.save(token("pina_A"));
    // No move may replace a non-empty directory, so this save fails at its last step.
    Path blocked = directory.resolve("blocked.json");
    Files.createDirectories(blocked.resolve("child"));

    assertThrows(OAuthException.class, () -> new FileTokenStore(blocked).save(token("pina_B")));

    assertEquals("pina_A", store.load().accessToken());
    assertTrue(Files.isDirectory(blocked.resolve("child")));
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(2, files.count(), "only token.json and blocked.json remain");
    }
  }

  @Test
  void aCorruptFileSaysSoWithoutQuotingIt() throws Exception {
    Path file = directory.resolve("token.json");
    Files.write(file, "{\"access_token\":\"pina_SECRET\",\"access_expires_at\":\"soon\"}"
        .getBytes(StandardCharsets.UTF_8));

    OAuthException e = assertThrows(OAuthException.class, () -> new FileTokenStore(file).load());

    assertTrue(e.getMessage().contains("sign in again"), e.getMessage());
    assertFalse(e.getMessage().contains("pina_SECRET"));
  }

  @Test
  void clearDeletesTheFile() {
    FileTokenStore store = new FileTokenStore(directory.resolve("token.json"));
    store.save(token("pina_A"));

    store.clear();

    assertNull(store.load());
    assertFalse(Files.exists(store.file()));
  }
}
