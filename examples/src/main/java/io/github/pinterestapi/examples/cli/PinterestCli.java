package io.github.pinterestapi.examples.cli;

import io.github.pinterestapi.examples.Output;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code pinterest}: every example as a subcommand, with readable tables or {@code --json}, and
 * progress bars on stderr for uploads, bulk runs and report polling. Like the examples it runs
 * on the embedded fake when no credentials are set.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptour -Dexample=cli.PinterestCli \
 *     -Dexample.args="boards --json"
 * }</pre>
 */
@Command(name = "pinterest", description = "Pinterest API v5 from the command line.",
    subcommands = {Subcommands.SignInCommand.class, Subcommands.Boards.class,
        Subcommands.CreatePin.class, Subcommands.UploadVideo.class, Subcommands.Pins.class,
        Subcommands.Analytics.class, Subcommands.Report.class, Subcommands.BulkImport.class,
        Subcommands.TourCommand.class},
    footer = {"",
        "With no PINTEREST_ACCESS_TOKEN set, everything runs on an embedded fake Pinterest."})
public final class PinterestCli implements Runnable {
  @Option(names = "--sandbox", scope = ScopeType.INHERIT,
      description = "Use Pinterest's sandbox (api-sandbox.pinterest.com).")
  boolean sandbox;

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "Print JSON on stdout instead of tables; narration goes to stderr.")
  boolean json;

  @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
      description = "Show this help.")
  boolean help;

  @Spec
  CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  PinterestCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int status = run(System.out, System.err, args);
    // Only on failure: exec:java runs in Maven's JVM, which a zero exit would end early too.
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command line and returns its exit status: 0, 1 for a failure, 2 for bad usage. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine cli = new CommandLine(new PinterestCli(out, err))
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setExecutionExceptionHandler((e, command, parsed) -> {
          // A message, not a stack trace: the library's exceptions say what failed and why.
          err.println("pinterest " + command.getCommandName() + ": " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
  }

  /** With no subcommand: the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  Output output() {
    return new Output(out, err, json);
  }
}
