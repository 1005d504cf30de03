package io.github.pinterestapi.testing;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * The storage origin, a separate port standing in for what is not Pinterest's API: the S3
 * bucket videos are uploaded to, the host of report downloads, and the www.pinterest.com page
 * where a user approves an app. Like S3, it refuses any request that carries an
 * {@code Authorization} header, so a client that leaks its Pinterest token here is caught.
 */
final class StorageRoutes extends Dispatcher {
  static final String REPORTS_PATH = "reports/";
  static final String AUTHORIZE_PATH = "oauth/";

  private final FakeState state;
  private final MediaRoutes media;
  private final ReportRoutes reports;
  private final OAuthRoutes oauth;
  private final Recorder recorder;

  StorageRoutes(FakeState state, MediaRoutes media, ReportRoutes reports, OAuthRoutes oauth,
      Recorder recorder) {
    this.state = state;
    this.media = media;
    this.reports = reports;
    this.oauth = oauth;
    this.recorder = recorder;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    long sequence = recorder.nextSequence();
    byte[] body = request.getBody().readByteArray();
    HttpUrl url = request.getRequestUrl();
    String path = url.encodedPath().substring(1);
    MockResponse response;
    try {
      synchronized (state) {
        response = route(request, url, path, body);
      }
    } catch (RuntimeException | IOException e) {
      response = s3Error(500, "InternalError", "FakePinterest failed: " + e);
    }
    recorder.record(sequence, RecordedCall.Origin.STORAGE, request.getMethod(), url,
        request.getHeaders(), body, null, response.getStatus().isEmpty() ? 0
            : Integer.parseInt(response.getStatus().split(" ")[1]));
    return response;
  }

  private MockResponse route(RecordedRequest request, HttpUrl url, String path, byte[] body)
      throws IOException {
    boolean authorized = request.getHeader("Authorization") != null;
    if (path.equals(AUTHORIZE_PATH) && request.getMethod().equals("GET")) {
      return oauth.approve(url);
    }
    if (authorized) {
      return s3Error(400, "InvalidArgument",
          "Only one auth mechanism allowed; the Authorization header must not be sent here");
    }
    if (path.equals(MediaRoutes.UPLOAD_PATH) && request.getMethod().equals("POST")) {
      return upload(request.getHeader("Content-Type"), body);
    }
    if (path.startsWith(REPORTS_PATH) && request.getMethod().equals("GET")) {
      Reply reply = reports.download(path.substring(REPORTS_PATH.length()));
      if (reply == null) {
        return s3Error(404, "NoSuchKey", "The specified key does not exist.");
      }
      return new MockResponse().setResponseCode(reply.status)
          .setHeader("Content-Type", reply.contentType).setBody(reply.body);
    }
    return s3Error(404, "NoSuchKey", "The specified key does not exist.");
  }

  private MockResponse upload(String contentType, byte[] body) throws IOException {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    String boundary = type == null ? null : type.parameter("boundary");
    if (boundary == null || !"multipart".equals(type.type())) {
      return s3Error(412, "PreconditionFailed", "Uploads must be multipart/form-data");
    }
    String key = null;
    long fileBytes = -1;
    try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        String name = fieldName(disposition);
        Buffer content = new Buffer();
        part.body().readAll(content);
        if ("key".equals(name)) {
          key = content.readUtf8();
        } else if ("file".equals(name)) {
          fileBytes = content.size();
        }
      }
    }
    if (fileBytes < 0) {
      return s3Error(400, "InvalidArgument", "The form has no file field");
    }
    String refusal = media.acceptUpload(key, fileBytes);
    if (refusal != null) {
      return s3Error(403, "AccessDenied", refusal);
    }
    return new MockResponse().setResponseCode(204);
  }

  private static String fieldName(String disposition) {
    if (disposition == null) {
      return null;
    }
    for (String piece : disposition.split(";")) {
      String trimmed = piece.trim();
      if (trimmed.startsWith("name=")) {
        return trimmed.substring(5).replace("\"", "");
      }
    }
    return null;
  }

  private static MockResponse s3Error(int status, String code, String message) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/xml")
        .setBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
            + "</Code><Message>" + message + "</Message></Error>");
  }
}
