package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.model.Media;
import io.github.pinterestapi.v5.model.MediaUpload;
import io.github.pinterestapi.v5.model.MediaUploadCreate;
import io.github.pinterestapi.v5.model.MediaUploadParameters;
import io.github.pinterestapi.v5.model.MediaUploadStatus;
import io.github.pinterestapi.v5.model.MediaUploadType;
import java.util.Map;

/**
 * Video uploads: {@code media/create} registers one and points at the storage origin's upload
 * endpoint; once the file arrives there, {@code media/get} answers {@code processing} for the
 * configured number of polls and then {@code succeeded}.
 */
final class MediaRoutes {
  /** The storage path uploads are posted to, as S3's bucket root. */
  static final String UPLOAD_PATH = "media-upload/";
  private static final String KEY_PREFIX = "uploads/";

  private final FakeState state;

  MediaRoutes(FakeState state) {
    this.state = state;
  }

  void register(Map<String, Route> routes) {
    routes.put("media/create", this::create);
    routes.put("media/get", this::get);
  }

  private Reply create(Exchange exchange) {
    MediaUploadCreate request = exchange.body(MediaUploadCreate.class);
    if (request.getMediaType() == null) {
      throw FakeError.missing("media_type");
    }
    if (!MediaUploadType.VIDEO.equals(request.getMediaType())) {
      throw FakeError.badRequest("Invalid parameters: media_type must be video");
    }
    String id = state.ids.next(Ids.Kind.MEDIA);
    state.media.put(id, new FakeState.MediaRecord(id, request.getMediaType()));
    MediaUploadParameters parameters = new MediaUploadParameters()
        .key(KEY_PREFIX + id + "/video.mp4")
        .policy("ZmFrZS1wb2xpY3k=")
        .xAmzAlgorithm("AWS4-HMAC-SHA256")
        .xAmzCredential("FAKEACCESSKEY/20240115/us-east-1/s3/aws4_request")
        .xAmzDate("20240115T090000Z")
        .xAmzSecurityToken("fake-security-token")
        .xAmzSignature("fake-signature-" + id)
        .contentType("multipart/form-data");
    MediaUpload upload = new MediaUpload().mediaId(id).mediaType(request.getMediaType())
        .uploadUrl(state.storageUrl.resolve(UPLOAD_PATH).toString())
        .uploadParameters(parameters);
    return Reply.created(upload);
  }

  private Reply get(Exchange exchange) {
    FakeState.MediaRecord record = record(exchange.path("media_id"));
    Media media = view(record);
    if (record.uploaded) {
      record.pollsSinceUpload++;
    }
    return Reply.ok(media);
  }

  /** The media's status now, without counting as a poll. */
  Media peek(String mediaId) {
    return view(record(mediaId));
  }

  /**
   * Accepts the file posted for {@code key}.
   *
   * @return null when accepted, else why not
   */
  String acceptUpload(String key, long bytes) {
    if (key == null || !key.startsWith(KEY_PREFIX)) {
      return "the form has no key naming a registered upload";
    }
    String id = key.substring(KEY_PREFIX.length()).split("/", 2)[0];
    FakeState.MediaRecord record = state.media.get(id);
    if (record == null) {
      return "no media " + id + " is registered";
    }
    record.uploaded = true;
    record.uploadedBytes = bytes;
    record.pollsSinceUpload = 0;
    return null;
  }

  private FakeState.MediaRecord record(String id) {
    FakeState.MediaRecord record = state.media.get(id);
    if (record == null) {
      throw FakeError.notFound(404, "Media upload not found.");
    }
    return record;
  }

  Media view(FakeState.MediaRecord record) {
    MediaUploadStatus status;
    if (!record.uploaded) {
      status = MediaUploadStatus.REGISTERED;
    } else if (record.pollsSinceUpload < state.settings.mediaProcessingPolls) {
      status = MediaUploadStatus.PROCESSING;
    } else {
      status = MediaUploadStatus.SUCCEEDED;
    }
    return new Media().mediaId(record.id).mediaType(record.type).status(status);
  }
}
