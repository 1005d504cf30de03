package io.github.pinterestapi.testing;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** Keeps every request both origins received, in arrival order, for {@link FakePinterest#requests()}. */
final class Recorder {
  private final List<RecordedCall> calls = new ArrayList<>();
  private long sequence;

  /** The sequence number the next request gets; also makes its {@code x-pinterest-rid}. */
  synchronized long nextSequence() {
    return ++sequence;
  }

  synchronized void record(long sequence, RecordedCall.Origin origin, String method, HttpUrl url,
      Headers headers, byte[] body, String operationId, int status) {
    calls.add(new RecordedCall(sequence, origin, method, url, headers, body, operationId, status));
  }

  synchronized List<RecordedCall> snapshot() {
    return List.copyOf(calls);
  }

  synchronized void clear() {
    calls.clear();
  }
}
