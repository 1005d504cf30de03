package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.CreativeType;
import io.github.pinterestapi.v5.model.MediaUpload;
import io.github.pinterestapi.v5.model.MediaUploadCreate;
import io.github.pinterestapi.v5.model.MediaUploadStatus;
import io.github.pinterestapi.v5.model.MediaUploadType;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaSourceVideoID;
import io.github.pinterestapi.v5.model.PinMediaWithVideo;
import io.github.pinterestapi.v5.params.MediaCreateParams;
import io.github.pinterestapi.v5.params.MediaGetParams;
import io.github.pinterestapi.v5.params.PinsCreateParams;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Video uploads: register, post the file to the stand-in for S3, poll, pin. */
class MediaTest {
  @RegisterExtension
  final FakePinterest fake = new FakePinterest();

  private Pinterest pinterest;

  @BeforeEach
  void client() {
    pinterest = Clients.client(fake);
  }

  @AfterEach
  void closeClient() {
    pinterest.close();
  }

  @Test
  void statusMovesFromRegisteredThroughProcessingToSucceeded() throws IOException {
    MediaUpload upload = register();
    assertTrue(upload.getUploadUrl().startsWith(fake.storageUrl()));
    assertNotEquals(fake.storageUrl(), fake.baseUrl().replace("v5/", ""));
    assertEquals(MediaUploadStatus.REGISTERED, status(upload));

    // Through the client's own OkHttpClient: it must keep the token off the upload origin.
    try (Response response = pinterest.httpClient().newCall(uploadRequest(upload)).execute()) {
      assertEquals(204, response.code());
    }
    assertTrue(fake.authorizationLeaks().isEmpty());
    assertEquals(MediaUploadStatus.PROCESSING, status(upload));
    assertEquals(MediaUploadStatus.SUCCEEDED, status(upload));

    Board board = fake.addBoard("Videos");
    Pin pin = pinterest.pins().create(PinsCreateParams.builder().body(new PinCreate().boardId(board.getId())
        .title("Waves").mediaSource(new PinMediaSourceVideoID()
            .sourceType(PinMediaSourceVideoID.SourceTypeEnum.VIDEO_ID)
            .mediaId(upload.getMediaId()).coverImageUrl("https://example.com/cover.jpg"))).build());
    assertEquals(CreativeType.VIDEO, pin.getCreativeType());
    assertEquals("https://example.com/cover.jpg",
        assertInstanceOf(PinMediaWithVideo.class, pin.getMedia()).getCoverImageUrl());
  }

  @Test
  void uploadCarryingAuthorizationIsRejectedAndRecorded() throws IOException {
    MediaUpload upload = register();
    Request leaky = uploadRequest(upload).newBuilder()
        .header("Authorization", "Bearer " + fake.accessToken()).build();
    try (Response response = new OkHttpClient().newCall(leaky).execute()) {
      assertEquals(400, response.code());
      assertTrue(response.body().string().contains("InvalidArgument"));
    }
    assertEquals(1, fake.authorizationLeaks().size());
    assertEquals(RecordedCall.Origin.STORAGE, fake.authorizationLeaks().get(0).origin());
    assertEquals(MediaUploadStatus.REGISTERED, status(upload), "the file was not accepted");
  }

  @Test
  void videoPinBeforeProcessingFinishedIsRefused() {
    MediaUpload upload = register();
    Board board = fake.addBoard("Videos");
    PinterestApiException refused = assertThrows(PinterestApiException.class,
        () -> pinterest.pins().create(PinsCreateParams.builder().body(new PinCreate().boardId(board.getId())
            .mediaSource(new PinMediaSourceVideoID()
                .sourceType(PinMediaSourceVideoID.SourceTypeEnum.VIDEO_ID)
                .mediaId(upload.getMediaId()))).build()));
    assertEquals(400, refused.statusCode());
    assertTrue(refused.pinterestMessage().contains("registered"), refused.pinterestMessage());
  }

  private MediaUpload register() {
    return pinterest.media().create(MediaCreateParams.builder()
        .body(new MediaUploadCreate().mediaType(MediaUploadType.VIDEO))
        .build());
  }

  private MediaUploadStatus status(MediaUpload upload) {
    return pinterest.media().get(MediaGetParams.builder()
        .mediaId(upload.getMediaId())
        .build()).getStatus();
  }

  private static Request uploadRequest(MediaUpload upload) {
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("key", upload.getUploadParameters().getKey())
        .addFormDataPart("policy", upload.getUploadParameters().getPolicy())
        .addFormDataPart("x-amz-signature", upload.getUploadParameters().getxAmzSignature())
        .addFormDataPart("file", "video.mp4",
            RequestBody.create(new byte[2048], MediaType.get("video/mp4")));
    return new Request.Builder().url(upload.getUploadUrl()).post(form.build()).build();
  }
}
