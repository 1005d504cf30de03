package io.github.pinterestapi.extras.oauth;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import io.github.pinterestapi.errors.oauth.CorruptTokenFileException;
import io.github.pinterestapi.errors.oauth.OAuthException;

/**
 * Keeps the token in a JSON file that only its owner can read.
 *
 * <p>Each save writes a new file beside the old one and moves it into place atomically, so a
 * crash or a full disk leaves either the old token or the new one, never half of either. On a
 * POSIX file system the file is created with mode 600; elsewhere read and write access is
 * narrowed to the owner as far as {@link File} allows. On Android, put the file in the app's
 * private {@code filesDir}.
 *
 * <pre>{@code
 * TokenStore store = new FileTokenStore(Paths.get(System.getProperty("user.home"), ".pinterest", "token.json"));
 * }</pre>
 */
public final class FileTokenStore implements TokenStore {
  // A token file is a few hundred bytes; anything this large is not one.
  private static final long MAX_FILE_BYTES = 64 * 1024;
  private static final Charset UTF_8 = Charset.forName("UTF-8");

  private final Path file;

  public FileTokenStore(Path file) {
    if (file == null) {
      throw new IllegalArgumentException("file is required");
    }
    this.file = file.toAbsolutePath();
  }

  public FileTokenStore(File file) {
    this(file.toPath());
  }

  /** The file the token is kept in. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized Token load() {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new CorruptTokenFileException(file, "larger than any token");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new OAuthException("The token file " + file + " could not be read", e);
    }
    try {
      return TokenJson.read(new String(bytes, UTF_8));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // The cause's message could quote the file, tokens included; keep only its type.
      throw new CorruptTokenFileException(file, e.getClass().getSimpleName());
    }
  }

  @Override
  public synchronized void save(Token token) {
    if (token == null) {
      throw new IllegalArgumentException("Use clear() to forget the token");
    }
    Path temp = null;
    try {
      Path directory = file.getParent();
      Files.createDirectories(directory);
      temp = createOwnerOnlyTemp(directory);
      write(temp, TokenJson.write(token).getBytes(UTF_8));
      move(temp, file);
      temp = null;
    } catch (IOException e) {
      throw new OAuthException("The token could not be saved to " + file, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The save already failed; that error is the one worth reporting.
        }
      }
    }
  }

  @Override
  public synchronized void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new OAuthException("The token file " + file + " could not be deleted", e);
    }
  }

  private Path createOwnerOnlyTemp(Path directory) throws IOException {
    String prefix = "." + file.getFileName() + ".";
    if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      // Created with mode 600 from the start: no moment in which others could open it.
      return Files.createTempFile(directory, prefix, ".tmp", PosixFilePermissions.asFileAttribute(
          EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
    }
    Path temp = Files.createTempFile(directory, prefix, ".tmp");
    File asFile = temp.toFile();
    // Results ignored: some file systems (FAT, some Windows setups) cannot narrow access, and
    // there the directory's own protection is all there is, as the class javadoc says.
    asFile.setReadable(false, false);
    asFile.setWritable(false, false);
    asFile.setExecutable(false, false);
    asFile.setReadable(true, true);
    asFile.setWritable(true, true);
    return temp;
  }

  private static void write(Path temp, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      // On disk before the move, so the move can never publish an empty file after a crash.
      channel.force(true);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public String toString() {
    return "FileTokenStore{" + file + "}";
  }
}
