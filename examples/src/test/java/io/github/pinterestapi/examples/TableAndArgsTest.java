package io.github.pinterestapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small pieces the programs print and parse with. */
class TableAndArgsTest {
  @Test
  void tablesAlignTextLeftAndNumbersRight() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Table("NAME", "PINS").row("Garden", 3).row("Weeknight dinners", 12).row(null, 0)
        .print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(String.join(System.lineSeparator(),
        "NAME               PINS",
        "-----------------  ----",
        "Garden                3",
        "Weeknight dinners    12",
        "-                     0", ""), bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void longCellsAreCut() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Table("X").row("y".repeat(100)).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("y".repeat(47) + "…"));
  }

  @Test
  void argsSeparateFlagsOptionsAndPositionals() {
    Args args = Args.parse("--board", "Kitchen", "--json", "photo.jpg", "--sandbox");
    assertTrue(args.json());
    assertTrue(args.sandbox());
    assertEquals(Optional.of("Kitchen"), args.option("--board"));
    assertEquals(Optional.of("photo.jpg"), args.positional(0));
    assertEquals(Optional.empty(), args.positional(1));
    assertFalse(Args.parse().json());
  }

  @Test
  void progressBarsRedrawInPlaceAndEndWithALine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Output out = new Output(System.out, err, false);
    ProgressBar bar = out.progress("import");
    bar.update(1, 4);
    bar.update(1, 4);
    bar.update(4, 4);
    bar.done("4 done");
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, drawn.split("25%", -1).length - 1, drawn);
    assertTrue(drawn.contains("\rimport [##############################] 100%  4/4"), drawn);
    assertTrue(drawn.endsWith(System.lineSeparator()), drawn);
    assertTrue(drawn.stripTrailing().endsWith("\rimport 4 done"), drawn);
  }
}
