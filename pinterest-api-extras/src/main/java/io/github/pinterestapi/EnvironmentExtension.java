package io.github.pinterestapi;

import java.util.Map;
import java.util.ServiceLoader;

/**
 * Reads more of the environment into a {@link PinterestBuilder}, for modules that add features
 * when they are on the class path: {@code pinterest-api-redis} reads {@code PINTEREST_REDIS_URI}
 * this way, so that {@code Pinterest.fromEnv()} shares rate limits and tokens with a fleet.
 * Implementations are found with {@link ServiceLoader} (a line in
 * {@code META-INF/services/io.github.pinterestapi.EnvironmentExtension}) and run after the
 * built-in variables, in class-path order.
 *
 * <pre>{@code
 * public final class MyExtension implements EnvironmentExtension {
 *   public void apply(Map<String, String> env, PinterestBuilder builder) { … }
 * }
 * }</pre>
 */
public interface EnvironmentExtension {
  /** Sets on {@code builder} what {@code env} asks for; unset variables change nothing. */
  void apply(Map<String, String> env, PinterestBuilder builder);

  /** Runs every extension on the class path. */
  static void applyAll(Map<String, String> env, PinterestBuilder builder) {
    for (EnvironmentExtension extension : ServiceLoader.load(EnvironmentExtension.class,
        EnvironmentExtension.class.getClassLoader())) {
      extension.apply(env, builder);
    }
  }
}
