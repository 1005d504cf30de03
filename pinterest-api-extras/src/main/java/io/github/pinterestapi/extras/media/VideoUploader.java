package io.github.pinterestapi.extras.media;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.Cancellation;
import io.github.pinterestapi.errors.OperationCancelledException;
import io.github.pinterestapi.errors.PollTimeoutException;
import io.github.pinterestapi.extras.http.Poller;
import io.github.pinterestapi.extras.http.TokenFreeClient;
import io.github.pinterestapi.v5.model.Media;
import io.github.pinterestapi.v5.model.MediaUpload;
import io.github.pinterestapi.v5.model.MediaUploadCreate;
import io.github.pinterestapi.v5.model.MediaUploadStatus;
import io.github.pinterestapi.v5.model.MediaUploadType;
import io.github.pinterestapi.v5.params.MediaCreateParams;
import io.github.pinterestapi.v5.params.MediaGetParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.pinterestapi.errors.MediaFailedException;
import io.github.pinterestapi.errors.MediaUploadException;

/**
 * Uploads a video to Pinterest: registers the upload ({@code POST /media}), streams the file to
 * the returned {@code upload_url} with progress, then polls {@code GET /media/{media_id}} until
 * Pinterest has processed it. Immutable and thread-safe; one can serve many uploads at once.
 *
 * <pre>{@code
 * VideoUploader uploader = VideoUploader.create(pinterest);
 * Media media = uploader.upload(Paths.get("clip.mp4"), (sent, total) -> {}, Cancellation.NONE);
 * Pin pin = VideoPins.create(pinterest, media.getMediaId(),
 *     new PinCreate().boardId(boardId).title("Our new kitchen"), CoverImage.keyFrameSeconds(3));
 * }</pre>
 *
 * <p>The file goes to the storage host through {@link TokenFreeClient}, so the Pinterest token is
 * never sent there. Each step is public too, for callers that keep the media id and resume later.
 */
public final class VideoUploader {
  private final Pinterest pinterest;
  private final StorageUpload storage;
  private final Poller poller;

  private VideoUploader(Pinterest pinterest, Poller poller) {
    this.pinterest = pinterest;
    this.storage = new StorageUpload(TokenFreeClient.from(pinterest.httpClient()));
    this.poller = poller;
  }

  /** An uploader that waits up to 10 minutes for processing; see {@link Poller#defaults()}. */
  public static VideoUploader create(Pinterest pinterest) {
    return create(pinterest, Poller.defaults());
  }

  /** An uploader that polls the media status as {@code poller} says. */
  public static VideoUploader create(Pinterest pinterest, Poller poller) {
    if (pinterest == null || poller == null) {
      throw new IllegalArgumentException("pinterest and poller are required");
    }
    return new VideoUploader(pinterest, poller);
  }

  /** {@link #upload(Path, UploadProgress, Cancellation)} without progress or cancellation. */
  public Media upload(Path video) {
    return upload(video, UploadProgress.NONE, Cancellation.NONE);
  }

  /**
   * Registers, uploads and waits; returns the media once its status is {@code succeeded}.
   *
   * @throws IllegalArgumentException when {@code video} is an image (the cover image belongs in
   *     {@link CoverImage}, not at the video's upload URL) or is not a readable file; nothing is
   *     sent then
   * @throws MediaUploadException when the storage host refuses the file
   * @throws MediaFailedException when Pinterest cannot process the video
   * @throws PollTimeoutException when processing outlasts the poller's budget
   * @throws OperationCancelledException when cancelled; the media id is in its subject
   */
  public Media upload(Path video, UploadProgress progress, Cancellation cancellation) {
    checkIsVideo(video);
    MediaUpload upload = register();
    sendFile(upload, video, progress, cancellation);
    return awaitProcessed(upload.getMediaId(), cancellation);
  }

  /** Step 1: registers a video upload and returns its media id, upload URL and parameters. */
  public MediaUpload register() {
    MediaUploadCreate request = new MediaUploadCreate().mediaType(MediaUploadType.VIDEO);
    return pinterest.media().create(MediaCreateParams.builder().body(request).build());
  }

  /** Step 2: streams {@code video} to the upload URL of {@code upload}. */
  public void sendFile(
      MediaUpload upload, Path video, UploadProgress progress, Cancellation cancellation) {
    checkIsVideo(video);
    if (upload.getUploadUrl() == null || upload.getMediaId() == null) {
      throw new IllegalArgumentException(
          "the media upload has no upload_url or media_id: " + upload);
    }
    storage.send(upload, video, progress, cancellation);
  }

  /** Step 3: polls until Pinterest has processed the media; returns it when it succeeded. */
  public Media awaitProcessed(String mediaId, Cancellation cancellation) {
    Media media = poller.await("media " + mediaId,
        () -> pinterest.media().get(MediaGetParams.builder().mediaId(mediaId).build()),
        VideoUploader::isFinal, cancellation);
    if (MediaUploadStatus.FAILED.equals(media.getStatus())) {
      throw new MediaFailedException(mediaId);
    }
    return media;
  }

  private static boolean isFinal(Media media) {
    // registered, processing and values Pinterest may add later all mean "not yet".
    return MediaUploadStatus.SUCCEEDED.equals(media.getStatus())
        || MediaUploadStatus.FAILED.equals(media.getStatus());
  }

  /** Refuses images and unreadable paths before anything is sent. */
  static void checkIsVideo(Path video) {
    if (video == null || !Files.isRegularFile(video) || !Files.isReadable(video)) {
      throw new IllegalArgumentException("not a readable file: " + video);
    }
    String image;
    try {
      image = MediaFiles.imageKind(video);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + video, e);
    }
    if (image != null) {
      throw new IllegalArgumentException(video.getFileName() + " is a " + image + " image, not a"
          + " video. The upload_url of POST /media takes the video file only; give a cover"
          + " image to the Pin instead, with CoverImage.data(bytes, type) or CoverImage.url(url)"
          + " in VideoPins.create(…).");
    }
  }
}
