package io.github.pinterestapi.benchmarks.cold;

/** The floor: a JVM that starts on the same class path and prints one line. */
public final class JvmOnly {
  private JvmOnly() {}

  public static void main(String[] args) {
    System.out.println(args.length > 1 ? args[1] : "");
  }
}
