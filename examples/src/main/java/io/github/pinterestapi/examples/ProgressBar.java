package io.github.pinterestapi.examples;

import java.io.PrintStream;

/**
 * A one-line text progress bar on stderr, redrawn in place with {@code \r}, so that stdout keeps
 * only the result (a table, or JSON that another program reads). Work of known size shows a bar
 * and a percentage; waiting on Pinterest (polls) shows a spinner and what it is waiting for.
 *
 * <pre>{@code
 * ProgressBar bar = out.progress("upload clip.mp4");
 * uploader.upload(file, bar::update, Cancellation.NONE);
 * bar.done("uploaded");
 * }</pre>
 */
public final class ProgressBar {
  private static final int WIDTH = 30;
  private static final char[] SPINNER = {'|', '/', '-', '\\'};

  private final PrintStream err;
  private final String label;
  private String lastDrawn = "";
  private int ticks;
  private boolean finished;

  ProgressBar(PrintStream err, String label) {
    this.err = err;
    this.label = label;
  }

  /** Shows {@code done} of {@code total} (bytes, items); redraws only when the line changes. */
  public synchronized void update(long done, long total) {
    int percent = total <= 0 ? 100 : (int) (100 * done / total);
    int filled = WIDTH * percent / 100;
    draw(String.format("%s [%s%s] %3d%%  %s", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
        percent, total > 1 << 16 ? bytes(done) + " / " + bytes(total) : done + "/" + total));
  }

  /** Shows one more poll of something that has no size, with what it is waiting for. */
  public synchronized void tick(String waitingFor) {
    ticks++;
    draw(String.format("%s %c %s (check %d)", label, SPINNER[ticks % SPINNER.length], waitingFor,
        ticks));
  }

  /** Ends the line with a last word, such as "done"; later updates are ignored. */
  public synchronized void done(String outcome) {
    if (!finished) {
      finished = true;
      err.print("\r" + label + " " + outcome + " ".repeat(Math.max(0, lastDrawn.length()
          - label.length() - outcome.length() - 1)) + System.lineSeparator());
      err.flush();
    }
  }

  private void draw(String line) {
    if (finished || line.equals(lastDrawn)) {
      return;
    }
    // Pad with spaces so a shorter line fully covers the one before it.
    err.print("\r" + line + " ".repeat(Math.max(0, lastDrawn.length() - line.length())));
    err.flush();
    lastDrawn = line;
  }

  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    return bytes < 1024 * 1024 ? String.format("%.1f KiB", bytes / 1024.0)
        : String.format("%.1f MiB", bytes / (1024.0 * 1024));
  }
}
