package io.github.pinterestapi.testing;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.PinterestBuilder;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Clients for the tests: the real Pinterest client on the fake, and plain HTTP for raw checks. */
final class Clients {
  static final OkHttpClient HTTP = new OkHttpClient.Builder().followRedirects(false)
      .readTimeout(Duration.ofSeconds(5)).build();

  private Clients() {}

  /** The real client against {@code fake}; waits are recorded in {@code waits}, never slept. */
  static PinterestBuilder against(FakePinterest fake, List<Duration> waits) {
    return Pinterest.builder()
        .baseUrl(fake.baseUrl())
        .accessToken(fake.accessToken())
        .sleeper(waits::add)
        .random(() -> 0.0)
        .readTimeout(Duration.ofSeconds(5));
  }

  static Pinterest client(FakePinterest fake) {
    return against(fake, new CopyOnWriteArrayList<>()).build();
  }

  static PinCreate imagePin(String boardId, String title) {
    return new PinCreate().boardId(boardId).title(title)
        .mediaSource(new PinMediaSourceImageURL()
            .sourceType(PinMediaSourceImageURL.SourceTypeEnum.IMAGE_URL)
            .url("https://example.com/" + title.replace(' ', '-') + ".jpg"));
  }

  /** A plain request to the API, with the test token unless {@code token} is null. */
  static Raw call(FakePinterest fake, String method, String path, String token, String json) {
    Request.Builder request = new Request.Builder().url(fake.baseUrl() + path)
        .method(method, json == null ? null
            : RequestBody.create(json, okhttp3.MediaType.get("application/json")));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return execute(request.build());
  }

  static Raw execute(Request request) {
    try (Response response = HTTP.newCall(request).execute()) {
      return new Raw(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response read whole. */
  static final class Raw {
    final int status;
    final okhttp3.Headers headers;
    final String body;

    Raw(int status, okhttp3.Headers headers, String body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }
  }
}
