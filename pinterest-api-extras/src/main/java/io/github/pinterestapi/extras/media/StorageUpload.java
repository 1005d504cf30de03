package io.github.pinterestapi.extras.media;

import io.github.pinterestapi.errors.MediaUploadException;
import io.github.pinterestapi.errors.OperationCancelledException;
import io.github.pinterestapi.extras.workflow.Cancellation;
import io.github.pinterestapi.extras.http.TokenFreeClient;
import io.github.pinterestapi.internal.Origins;
import io.github.pinterestapi.v5.model.MediaUpload;
import io.github.pinterestapi.v5.model.MediaUploadParameters;
import io.github.pinterestapi.v5.model.ModelJsonAdapters;
import io.github.pinterestapi.v5.runtime.GeneratedAdapters;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Posts a file to the presigned {@code upload_url} of a registered media upload, as S3's POST form
 * wants it: every {@code upload_parameters} field first, then the file as the part named
 * {@code file}.
 *
 * <pre>{@code
 * new StorageUpload(TokenFreeClient.from(shared)).send(upload, path, progress, cancellation);
 * }</pre>
 */
final class StorageUpload {
  private static final int SNIPPET_CHARS = 300;

  private final OkHttpClient storage;

  StorageUpload(OkHttpClient storage) {
    this.storage = storage;
  }

  void send(MediaUpload upload, Path file, UploadProgress progress, Cancellation cancellation) {
    String mediaId = upload.getMediaId();
    Map<String, Object> fields = fields(upload.getUploadParameters());
    // Pinterest's Content-Type field is usually the form's own (multipart/form-data), not the
    // file's; the file part gets a video type unless the field already names one.
    Object declared = fields.get("Content-Type");
    String type = declared != null && declared.toString().startsWith("video/")
        ? declared.toString() : MediaFiles.videoContentType(file);
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (field.getValue() != null) {
        form.addFormDataPart(field.getKey(), String.valueOf(field.getValue()));
      }
    }
    HttpUrl uploadUrl = HttpUrl.parse(String.valueOf(upload.getUploadUrl()));
    if (uploadUrl == null) {
      throw new MediaUploadException(mediaId, 0, "the upload_url is not an http(s) URL", null);
    }
    Origins.requireSecureOrLoopback(uploadUrl); // Its form fields sign the upload.
    Request request;
    try {
      form.addFormDataPart("file", String.valueOf(file.getFileName()),
          new FileRequestBody(file, MediaType.parse(type), progress, cancellation));
      request = new Request.Builder().url(uploadUrl).post(form.build()).build();
    } catch (IOException e) {
      throw new MediaUploadException(mediaId, 0, "cannot read " + file + ": " + e.getMessage(), e);
    }
    try (Response response = storage.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new MediaUploadException(mediaId, response.code(), snippet(response.body()), null);
      }
    } catch (IOException e) {
      if (cancellation.isCancelled()) {
        throw new OperationCancelledException("upload of media " + mediaId);
      }
      throw new MediaUploadException(mediaId, 0, "network error: " + e, e);
    }
  }

  /**
   * The parameters as the JSON names Pinterest sent, in order. Going through Moshi rather than the
   * getters means a field Pinterest adds later is sent too once the model has it.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> fields(MediaUploadParameters parameters) {
    if (parameters == null) {
      throw new IllegalArgumentException("the media upload has no upload_parameters");
    }
    return (Map<String, Object>)
        GeneratedAdapters.adapter(PinterestMoshi.onDemand(), MediaUploadParameters.class,
            ModelJsonAdapters::ofMediaUploadParameters).toJsonValue(parameters);
  }

  private static String snippet(ResponseBody body) throws IOException {
    if (body == null) {
      return "no body";
    }
    // S3 explains refusals in a short XML document (<Code>AccessDenied</Code>…); show its start.
    BufferedSource source = body.source();
    source.request(SNIPPET_CHARS);
    long available = Math.min(source.getBuffer().size(), SNIPPET_CHARS);
    return source.getBuffer().readUtf8(available).replaceAll("\\s++", " ").trim();
  }
}
