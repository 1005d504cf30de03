package io.github.pinterestapi.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A file shaped like an MP4 (an {@code ftyp} box, then an {@code mdat} box of filler) for
 * uploading to the fake, which checks the upload but never plays it. The real Pinterest would
 * fail to process it: give it a real video.
 */
final class SampleVideo {
  /** Big enough that the upload's progress bar moves through a few 64 KiB chunks. */
  static final int SIZE = 1024 * 1024;

  private SampleVideo() {}

  /** Writes one to a temporary file, deleted when the program ends. */
  static Path create() {
    try {
      Path directory = Files.createTempDirectory("pinterest-video-");
      Path file = directory.resolve("sample-video.mp4");
      // Registered first, deleted last: the directory must be empty by then.
      directory.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] ftyp = box("ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1));
        out.write(ftyp);
        byte[] filler = new byte[SIZE - ftyp.length - 8];
        new Random(5).nextBytes(filler); // Seeded: the same bytes every run.
        out.write(box("mdat", filler));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write a sample video", e);
    }
  }

  private static byte[] box(String type, byte[] payload) {
    int size = 8 + payload.length;
    byte[] box = new byte[size];
    box[0] = (byte) (size >>> 24);
    box[1] = (byte) (size >>> 16);
    box[2] = (byte) (size >>> 8);
    box[3] = (byte) size;
    System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, box, 4, 4);
    System.arraycopy(payload, 0, box, 8, payload.length);
    return box;
  }
}
