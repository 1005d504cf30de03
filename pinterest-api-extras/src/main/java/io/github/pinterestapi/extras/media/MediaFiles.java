package io.github.pinterestapi.extras.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Guesses what a file is, by its first bytes and its name, to catch the classic mistake of sending
 * the cover image to the video's upload URL before anything is sent.
 *
 * <pre>{@code
 * String image = MediaFiles.imageKind(path); // "JPEG", "PNG", … or null
 * }</pre>
 */
final class MediaFiles {
  private MediaFiles() {}

  /** The image format {@code file} holds, by content first and name second; null if none. */
  static String imageKind(Path file) throws IOException {
    byte[] head = new byte[12];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = readFully(in, head);
    }
    String byContent = imageKindOf(head, n);
    return byContent != null ? byContent : imageKindOf(extension(file));
  }

  /** A content type for a video file, from its extension; {@code video/mp4} when unsure. */
  static String videoContentType(Path file) {
    String extension = extension(file);
    if (extension.equals("mov") || extension.equals("qt")) {
      return "video/quicktime";
    }
    if (extension.equals("m4v")) {
      return "video/x-m4v";
    }
    return "video/mp4";
  }

  static String imageKindOf(byte[] head, int n) {
    if (n >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8
        && (head[2] & 0xff) == 0xff) {
      return "JPEG";
    }
    if (n >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
      return "PNG";
    }
    if (n >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
      return "GIF";
    }
    if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
        && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
      return "WebP";
    }
    if (n >= 2 && head[0] == 'B' && head[1] == 'M') {
      return "BMP";
    }
    return null;
  }

  private static String imageKindOf(String extension) {
    switch (extension) {
      case "jpg":
      case "jpeg":
        return "JPEG";
      case "png":
        return "PNG";
      case "gif":
        return "GIF";
      case "webp":
        return "WebP";
      case "heic":
        return "HEIC";
      case "bmp":
        return "BMP";
      default:
        return null;
    }
  }

  private static String extension(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static int readFully(InputStream in, byte[] into) throws IOException {
    int total = 0;
    while (total < into.length) {
      int read = in.read(into, total, into.length - total);
      if (read == -1) {
        break;
      }
      total += read;
    }
    return total;
  }
}
