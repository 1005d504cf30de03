package io.github.pinterestapi.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few command-line switches every example {@code main()} understands: {@code --sandbox},
 * {@code --json}, {@code --name value} options and positional arguments. The {@code pinterest}
 * CLI parses the same things with picocli; the mains stay free of a parser library so that each
 * one reads on its own.
 *
 * <pre>{@code
 * Args args = Args.parse(argv);
 * String csv = args.positional(0).orElse(null);
 * }</pre>
 */
public final class Args {
  private final List<String> positional = new ArrayList<>();
  private final List<String> raw;

  private Args(List<String> raw) {
    this.raw = raw;
  }

  public static Args parse(String... args) {
    Args parsed = new Args(List.of(args));
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        // Flags stand alone; any other --name takes the next word as its value.
        if (!isFlag(args[i]) && i + 1 < args.length) {
          i++;
        }
      } else {
        parsed.positional.add(args[i]);
      }
    }
    return parsed;
  }

  /** Whether to use Pinterest's sandbox (or, with no credentials, a fake that acts as one). */
  public boolean sandbox() {
    return raw.contains("--sandbox");
  }

  /** Whether to print JSON instead of tables. */
  public boolean json() {
    return raw.contains("--json");
  }

  /** The value after {@code --name}, such as {@code --board 123}. */
  public Optional<String> option(String name) {
    int at = raw.indexOf(name);
    return at < 0 || at + 1 >= raw.size() ? Optional.empty() : Optional.of(raw.get(at + 1));
  }

  /** The {@code index}th argument that is neither an option nor an option's value. */
  public Optional<String> positional(int index) {
    return index < positional.size() ? Optional.of(positional.get(index)) : Optional.empty();
  }

  private static boolean isFlag(String arg) {
    return arg.equals("--sandbox") || arg.equals("--json");
  }
}
