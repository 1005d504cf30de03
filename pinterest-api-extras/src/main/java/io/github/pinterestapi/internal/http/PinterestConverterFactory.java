package io.github.pinterestapi.internal.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.Moshi;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import io.github.pinterestapi.errors.PinterestDecodeException;
import io.github.pinterestapi.errors.PinterestIoException;
import io.github.pinterestapi.internal.Redactor;

/**
 * Reads answers as Retrofit's Moshi converter does, but through {@link PinterestMoshi#decode},
 * with decode failures reported as {@link PinterestDecodeException} naming the operation and
 * showing a redacted piece of the body.
 *
 * <p>The body is read into memory before decoding so that a network failure while reading stays
 * an {@link IOException} (a {@link PinterestIoException} for the caller) and is never mistaken
 * for bad JSON. It is read only up to a limit: a longer body fails as a
 * {@link PinterestDecodeException}, having taken no more memory than the limit.
 *
 * <pre>{@code
 * new Retrofit.Builder().addConverterFactory(
 *     PinterestConverterFactory.create(PinterestMoshi.get(), 64L * 1024 * 1024))
 * }</pre>
 */
public final class PinterestConverterFactory extends Converter.Factory {
  private static final int SNIPPET_CHARS = 200;
  private static final int SNIPPET_SOURCE_BYTES = 16 * 1024;

  private final Moshi moshi;
  private final MoshiConverterFactory requests;
  private final long maxBodyBytes;

  private PinterestConverterFactory(Moshi moshi, long maxBodyBytes) {
    this.moshi = moshi;
    this.requests = MoshiConverterFactory.create(moshi);
    this.maxBodyBytes = maxBodyBytes;
  }

  /** @param maxBodyBytes the longest body read (less than 2 GiB: it becomes one array) */
  public static PinterestConverterFactory create(Moshi moshi, long maxBodyBytes) {
    if (maxBodyBytes <= 0 || maxBodyBytes >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxBodyBytes: " + maxBodyBytes);
    }
    return new PinterestConverterFactory(moshi, maxBodyBytes);
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    JsonAdapter<?> adapter = moshi.adapter(type, qualifiers(annotations));
    String operationId = operationId(annotations);
    String typeName = simpleName(type);
    long max = maxBodyBytes;
    return body -> decode(adapter, body, max, operationId, typeName);
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    return requests.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  private static Object decode(JsonAdapter<?> adapter, ResponseBody body, long max,
      String operationId, String typeName) throws IOException {
    byte[] bytes;
    try {
      bytes = readAtMost(body, max, operationId, typeName);
    } finally {
      body.close();
    }
    try {
      // As Retrofit's Moshi converter reads it, but lending the bytes to unions.
      return PinterestMoshi.decode(adapter, bytes);
    } catch (Throwable e) {
      // Errors too: whatever the decoder hits on a hostile body, the caller gets a typed failure.
      int head = Math.min(bytes.length, SNIPPET_SOURCE_BYTES);
      throw failure(new String(bytes, 0, head, StandardCharsets.UTF_8), body, operationId,
          typeName, e);
    }
  }

  /** A decode failure showing a redacted piece of {@code head}, the body's first bytes. */
  private static PinterestDecodeException failure(String head, ResponseBody body,
      String operationId, String typeName, Throwable cause) {
    // The media type is parsed only here, for the snippet.
    return new PinterestDecodeException(operationId, typeName,
        Redactor.snippet(head, body.contentType(), SNIPPET_CHARS), cause);
  }

  /** The whole body, or a decode failure once it is known to be longer than {@code max}. */
  private static byte[] readAtMost(ResponseBody body, long max, String operationId,
      String typeName) throws IOException {
    BufferedSource source = body.source();
    // request() buffers at most max + 1 bytes, whatever the body's declared or actual length.
    if (body.contentLength() > max || source.request(max + 1)) {
      source.request(SNIPPET_SOURCE_BYTES); // the head, for the message
      long head = Math.min(source.getBuffer().size(), SNIPPET_SOURCE_BYTES);
      throw failure(source.getBuffer().snapshot((int) head).utf8(), body, operationId, typeName,
          new IOException("the body is longer than the client's limit of " + max
              + " bytes (PinterestBuilder.maxResponseBytes)"));
    }
    return source.getBuffer().readByteArray();
  }

  /** The annotations Moshi keys adapters by, as Retrofit's Moshi converter picks them. */
  private static Set<Annotation> qualifiers(Annotation[] annotations) {
    Set<Annotation> qualifiers = null;
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().isAnnotationPresent(JsonQualifier.class)) {
        if (qualifiers == null) {
          qualifiers = new LinkedHashSet<>();
        }
        qualifiers.add(annotation);
      }
    }
    return qualifiers == null ? Collections.<Annotation>emptySet()
        : Collections.unmodifiableSet(qualifiers);
  }

  private static String operationId(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof PinterestOperation) {
        return ((PinterestOperation) annotation).id();
      }
    }
    return null;
  }

  private static String simpleName(Type type) {
    // "java.util.Map<java.lang.String, io.github...Pin>" reads better as "Map<String, Pin>".
    return type.toString().replaceAll("(class |interface )", "").replaceAll("[\\w$]+\\.", "");
  }
}
