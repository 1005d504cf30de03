package io.github.pinterestapi.examples.cli;

import io.github.pinterestapi.examples.AsyncReport;
import io.github.pinterestapi.examples.BulkPinImport;
import io.github.pinterestapi.examples.Connection;
import io.github.pinterestapi.examples.CreateBoardAndPin;
import io.github.pinterestapi.examples.IterateAllPins;
import io.github.pinterestapi.examples.ListBoards;
import io.github.pinterestapi.examples.Output;
import io.github.pinterestapi.examples.PinAnalytics;
import io.github.pinterestapi.examples.SignIn;
import io.github.pinterestapi.examples.Tour;
import io.github.pinterestapi.examples.UploadVideoPin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The subcommands of {@link PinterestCli}. Each parses its options and calls the example
 * program's {@code run}, so the CLI and the {@code main()}s share one implementation.
 */
final class Subcommands {
  private Subcommands() {}

  /** Opens the connection the global options ask for, runs the task, closes it. */
  abstract static class Task implements Callable<Integer> {
    @ParentCommand
    PinterestCli cli;

    @Override
    public Integer call() {
      Output out = cli.output();
      try (Connection connection = Connection.open(cli.sandbox, out)) {
        run(connection, out);
      }
      return 0;
    }

    abstract void run(Connection connection, Output out);
  }

  @Command(name = "signin", description = "Sign in with OAuth on loopback and save the token.")
  static final class SignInCommand extends Task {
    @Option(names = "--token-file", description = "Where to save the token.")
    Path tokenFile;

    @Option(names = "--port", defaultValue = "8085",
        description = "The loopback port registered as the app's redirect URI"
            + " (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    void run(Connection connection, Output out) {
      SignIn.run(connection, out, tokenFile, port).close();
    }
  }

  @Command(name = "boards", description = "List your boards.")
  static final class Boards extends Task {
    @Override
    void run(Connection connection, Output out) {
      ListBoards.run(connection, out);
    }
  }

  @Command(name = "create-pin", description = "Create a Pin from an image URL on a board.")
  static final class CreatePin extends Task {
    @Parameters(arity = "0..1", description = "The image URL.")
    String imageUrl = CreateBoardAndPin.SAMPLE_IMAGE;

    @Option(names = "--board", defaultValue = "Pinterest API examples",
        description = "The board's name; created if missing.")
    String board;

    @Option(names = "--title", defaultValue = "Dice in the sun", description = "The Pin's title.")
    String title;

    @Override
    void run(Connection connection, Output out) {
      CreateBoardAndPin.run(connection, out, board, title, imageUrl);
    }
  }

  @Command(name = "upload-video", description = "Upload a video and make a video Pin of it.")
  static final class UploadVideo extends Task {
    @Parameters(arity = "0..1", description = "The video file (optional on the fake).")
    Path video;

    @Option(names = "--board", defaultValue = "Videos", description = "The board's name.")
    String board;

    @Option(names = "--title", defaultValue = "Our new kitchen", description = "The Pin's title.")
    String title;

    @Option(names = "--cover-second", defaultValue = "1",
        description = "The moment of the video used as the cover.")
    int coverSecond;

    @Override
    void run(Connection connection, Output out) {
      UploadVideoPin.run(connection, out, video, board, title, coverSecond);
    }
  }

  @Command(name = "pins", description = "List every Pin, page by page.")
  static final class Pins extends Task {
    @Option(names = "--page-size", defaultValue = "25", description = "Pins per request.")
    int pageSize;

    @Override
    void run(Connection connection, Output out) {
      IterateAllPins.run(connection, out, pageSize);
    }
  }

  @Command(name = "analytics", description = "A Pin's daily impressions, saves and clicks.")
  static final class Analytics extends Task {
    @Parameters(arity = "0..1", description = "The Pin id (default: your first Pin).")
    String pinId;

    @Option(names = "--days", defaultValue = "7", description = "How many days, ending yesterday.")
    int days;

    @Override
    void run(Connection connection, Output out) {
      PinAnalytics.run(connection, out, pinId, days);
    }
  }

  @Command(name = "report", description = "Run an async ads report and print its rows.")
  static final class Report extends Task {
    @Option(names = "--ad-account", description = "The ad account id (default: your first).")
    String adAccount;

    @Option(names = "--days", defaultValue = "7", description = "How many days, ending yesterday.")
    int days;

    @Override
    void run(Connection connection, Output out) {
      AsyncReport.run(connection, out, adAccount, days);
    }
  }

  @Command(name = "bulk-import", description = "Create one Pin per row of a CSV.")
  static final class BulkImport extends Task {
    @Parameters(arity = "0..1", description = "The CSV (default: the sample pins.csv).")
    Path csv;

    @Option(names = "--board", defaultValue = "Imported pins", description = "The board's name.")
    String board;

    @Override
    void run(Connection connection, Output out) {
      BulkPinImport.run(connection, out, csv, board);
    }
  }

  @Command(name = "tour", description = "Sign in, create a board and Pins, page, analytics, video.")
  static final class TourCommand extends Task {
    @Option(names = "--video", description = "A video for the last step.")
    Path video;

    @Override
    void run(Connection connection, Output out) {
      Tour.run(connection, out, video);
    }
  }
}
