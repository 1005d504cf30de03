package io.github.pinterestapi.v5.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Moshi factory of the generated adapters that code has asked for by name: the method that
 * makes a model's adapter registers those of its properties' types, a union's those of its alternatives, and a service
 * those of its operation's response and body. A shrinker (R8, ProGuard) follows these references,
 * so an app keeps the adapters of the operations it calls and no others; nothing is found by
 * reflection or by class name.
 *
 * <pre>{@code
 * GeneratedAdapters.register(Pin.class, ModelJsonAdapters::ofPin);
 * Moshi moshi = PinterestMoshi.newBuilder(new GeneratedAdapters()).build();
 * Pin pin = moshi.adapter(Pin.class).fromJson(json);
 * }</pre>
 *
 * <p>The low-level Retrofit interfaces name only their types, so a client that hands them out
 * calls {@link #includeEverything} with the generated table of every type
 * ({@code ModelJsonAdapters.all()}); {@link PinterestMoshi#get()} does the same.
 */
public final class GeneratedAdapters implements JsonAdapter.Factory {
  /** Makes one generated type's adapter: a method reference such as {@code ModelJsonAdapters::ofPin}. */
  public interface Maker {
    JsonAdapter<?> make(Moshi moshi);
  }

  // Shared by every Moshi: a maker is a pure function of the type, so registering is idempotent.
  private static final Map<Class<?>, Maker> MAKERS = new ConcurrentHashMap<>();

  private volatile JsonAdapter.Factory everything;

  /** Registers how to make {@code type}'s adapter; the first registration of a type stays. */
  public static void register(Class<?> type, Maker maker) {
    if (!MAKERS.containsKey(type)) {
      MAKERS.putIfAbsent(type, maker);
    }
  }

  /** Registers {@code type} and returns its adapter from {@code moshi} (shared, cycles resolved). */
  public static <T> JsonAdapter<T> adapter(Moshi moshi, Class<T> type, Maker maker) {
    register(type, maker);
    return moshi.adapter(type);
  }

  /**
   * From now on also serves every generated type through {@code table}, registered or not: for
   * callers of the low-level Retrofit interfaces, which name types no code has registered.
   */
  public void includeEverything(JsonAdapter.Factory table) {
    if (everything == null) {
      everything = table;
    }
  }

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    Maker maker = MAKERS.get(type);
    if (maker != null) {
      return maker.make(moshi);
    }
    JsonAdapter.Factory table = everything;
    return table == null ? null : table.create(type, annotations, moshi);
  }

  /** Wraps one decoded alternative of an {@link AnyOf} union: its generated {@code of} methods. */
  public interface Wrapper<T> {
    T wrap(Object alternative);
  }

  /** The adapter of a {@link OneOf} interface; its alternatives must be registered. */
  public static JsonAdapter<?> oneOf(Class<?> type, Moshi moshi) {
    OneOf oneOf = type.getAnnotation(OneOf.class);
    if (oneOf == null) {
      throw new IllegalArgumentException(type.getName() + " lacks @OneOf");
    }
    return new UnionAdapter(type, oneOf.value(), oneOf.discriminator(), oneOf.labels(),
        oneOf.labelTypes(), null, moshi).nullSafe();
  }

  /** The adapter of an {@link AnyOf} union, holding what it decodes through {@code wrapper}. */
  public static <T extends UnionValue> JsonAdapter<?> anyOf(Class<T> type, Wrapper<T> wrapper,
      Moshi moshi) {
    AnyOf anyOf = type.getAnnotation(AnyOf.class);
    if (anyOf == null) {
      throw new IllegalArgumentException(type.getName() + " lacks @AnyOf");
    }
    return new UnionAdapter(type, anyOf.value(), anyOf.discriminator(), anyOf.labels(),
        anyOf.labelTypes(), wrapper::wrap, moshi).nullSafe();
  }

  @Override
  public String toString() {
    return "GeneratedAdapters(" + MAKERS.size() + " registered"
        + (everything == null ? ")" : ", and every generated type)");
  }
}
