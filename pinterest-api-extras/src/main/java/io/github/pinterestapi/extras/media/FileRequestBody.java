package io.github.pinterestapi.extras.media;

import io.github.pinterestapi.extras.workflow.Cancellation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body that streams a file from disk in chunks, reporting progress, so a video of
 * gigabytes never sits in memory. It can be written more than once (a retried connection) since
 * it reopens the file each time.
 *
 * <pre>{@code
 * RequestBody body = new FileRequestBody(path, MediaType.get("video/mp4"), progress, cancellation);
 * }</pre>
 */
final class FileRequestBody extends RequestBody {
  static final int CHUNK_BYTES = 64 * 1024;

  private final Path file;
  private final MediaType contentType;
  private final long length;
  private final UploadProgress progress;
  private final Cancellation cancellation;

  FileRequestBody(Path file, MediaType contentType, UploadProgress progress,
      Cancellation cancellation) throws IOException {
    this.file = file;
    this.contentType = contentType;
    this.length = Files.size(file); // Known up front, so S3 gets a Content-Length, not chunks.
    this.progress = progress;
    this.cancellation = cancellation;
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    byte[] chunk = new byte[CHUNK_BYTES];
    long sent = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int read; (read = in.read(chunk)) != -1; ) {
        if (cancellation.isCancelled()) {
          throw new InterruptedIOException("upload of " + file.getFileName() + " cancelled");
        }
        if (sent + read > length) {
          break; // The file grew; the length is already promised, so stop at it and fail below.
        }
        sink.write(chunk, 0, read);
        sent += read;
        progress.onProgress(sent, length);
      }
    }
    if (sent != length) {
      // Sending a different byte count than Content-Length would corrupt the upload silently.
      throw new IOException(file.getFileName() + " changed size while uploading: expected "
          + length + " bytes, read " + sent);
    }
  }
}
