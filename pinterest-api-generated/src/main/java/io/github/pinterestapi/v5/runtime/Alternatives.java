package io.github.pinterestapi.v5.runtime;

/**
 * The failures of a generated union's {@code asX()} and {@code accept(Visitor)}, worded once.
 *
 * <pre>{@code
 * PinMediaSource source = pin.getMediaSource();
 * PinMediaSourceImageURL image = source.asPinMediaSourceImageURL();  // or this exception
 * }</pre>
 */
public final class Alternatives {
  private Alternatives() {}

  /**
   * For {@code asX()} on a union holding another alternative.
   *
   * @param held the alternative held
   * @param wanted the alternative asked for
   * @return the exception to throw, naming both
   */
  public static IllegalStateException mismatch(Object held, Class<?> wanted) {
    return new IllegalStateException("Not a " + wanted.getSimpleName() + ": this value is a "
        + held.getClass().getSimpleName());
  }

  /**
   * For {@code accept(Visitor)} on a value that is none of the union's alternatives: only a class
   * of the caller's own that implements a generated union interface can be one.
   *
   * @param held the value
   * @param union the union type
   * @return the exception to throw
   */
  public static IllegalStateException unknown(Object held, Class<?> union) {
    return new IllegalStateException(held.getClass().getName() + " is none of the alternatives of "
        + union.getSimpleName() + ", so no visitor method fits it");
  }
}
