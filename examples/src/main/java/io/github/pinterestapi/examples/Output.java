package io.github.pinterestapi.examples;

import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Where an example prints: readable tables by default, or JSON with {@code --json}. In JSON mode
 * stdout holds exactly one JSON document, so the narration ({@link #say}) and progress bars go to
 * stderr and {@code pinterest boards --json | jq .} works.
 *
 * <pre>{@code
 * Output out = Output.standard(args.json());
 * out.say("Found %d boards", boards.size());
 * out.show(boards, () -> table);
 * }</pre>
 */
public final class Output {
  private static final JsonAdapter<Object> JSON =
      PinterestMoshi.get().adapter(Object.class).indent("  ");

  private final PrintStream out;
  private final PrintStream err;
  private final boolean json;

  public Output(PrintStream out, PrintStream err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /** System.out and System.err as they are now (tests replace them). */
  public static Output standard(boolean json) {
    return new Output(System.out, System.err, json);
  }

  public boolean isJson() {
    return json;
  }

  /** A line of narration: stdout for people, stderr when stdout is JSON. */
  public void say(String format, Object... args) {
    (json ? err : out).println(args.length == 0 ? format : String.format(format, args));
  }

  /** A section heading, for programs that do several things in a row. */
  public void heading(String title) {
    say("");
    say("== %s ==", title);
  }

  /** Prints {@code data} as JSON, or the table {@code readable} makes. */
  public void show(Object data, Supplier<Table> readable) {
    if (json) {
      out.println(JSON.toJson(data));
    } else {
      readable.get().print(out);
    }
  }

  /** Data for JSON mode only, where readable mode has already said it in words. */
  public void json(Object data) {
    if (json) {
      out.println(JSON.toJson(data));
    }
  }

  /** A progress bar on stderr; the result stays on stdout. */
  public ProgressBar progress(String label) {
    return new ProgressBar(err, label);
  }

  public PrintStream err() {
    return err;
  }
}
