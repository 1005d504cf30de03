package io.github.pinterestapi.examples;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.workflow.Cancellation;
import io.github.pinterestapi.extras.media.CoverImage;
import io.github.pinterestapi.extras.media.VideoPins;
import io.github.pinterestapi.extras.media.VideoUploader;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.Media;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Uploads a video with a progress bar, waits for Pinterest to process it, and makes a video Pin
 * whose cover is a frame of the video. On the fake, with no file given, it uploads a generated
 * MP4-shaped file.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=UploadVideoPin \
 *     -Dexample.args="--board Videos clip.mp4"
 * }</pre>
 */
public final class UploadVideoPin {
  private UploadVideoPin() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv);
    Output out = Output.standard(args.json());
    try (Connection connection = Connection.open(args.sandbox(), out)) {
      run(connection, out, args.positional(0).map(Paths::get).orElse(null),
          args.option("--board").orElse("Videos"), args.option("--title").orElse("Our new kitchen"),
          args.option("--cover-second").map(Integer::parseInt).orElse(1));
    }
  }

  /**
   * @param file the video, or null on the fake for a generated one
   * @param coverSecond the moment of the video shown as the Pin's cover
   */
  public static Pin run(Connection connection, Output out, Path file, String boardName,
      String title, int coverSecond) {
    Pinterest pinterest = connection.pinterest();
    if (file == null && !connection.isFake()) {
      throw new IllegalArgumentException("Name the video to upload, such as clip.mp4");
    }
    Path video = file != null ? file : SampleVideo.create();
    if (file == null) {
      out.say("No video given: uploading a generated %s file (the fake does not play it)",
          ProgressBar.bytes(SampleVideo.SIZE));
    }
    Board board = CreateBoardAndPin.findOrCreateBoard(pinterest, out, boardName);

    ProgressBar upload = out.progress("upload " + video.getFileName());
    ProgressBar processing = out.progress("processing");
    VideoUploader uploader = VideoUploader.create(pinterest,
        connection.poller(wait -> processing.tick("Pinterest is processing the video")));
    Media media = uploader.upload(video, (sent, total) -> {
      upload.update(sent, total);
      if (sent == total) {
        upload.done("sent " + ProgressBar.bytes(total));
      }
    }, Cancellation.NONE);
    processing.done(String.valueOf(media.getStatus()));

    Pin pin = VideoPins.create(pinterest, media,
        new PinCreate().boardId(board.getId()).title(title),
        CoverImage.keyFrameSeconds(coverSecond));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("media", media);
    result.put("pin", pin);
    out.show(result, () -> new Table("PIN", "TITLE", "BOARD", "MEDIA", "SIZE", "COVER")
        .row(pin.getId(), pin.getTitle(), board.getName(), media.getMediaId(),
            ProgressBar.bytes(size(video)), "frame at " + coverSecond + " s"));
    return pin;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
