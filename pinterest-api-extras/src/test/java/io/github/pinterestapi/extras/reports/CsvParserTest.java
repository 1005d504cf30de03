package io.github.pinterestapi.extras.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.ReportFormatException;

class CsvParserTest {
  @Test
  void plainRecordsWithCrlfOrLf() throws IOException {
    assertEquals(Arrays.asList(Arrays.asList("a", "b"), Arrays.asList("1", "2"),
        Arrays.asList("3", "4")), parse("a,b\r\n1,2\n3,4"));
  }

  @Test
  void aFinalLineBreakStartsNoRecord() throws IOException {
    assertEquals(Collections.singletonList(Arrays.asList("a", "b")), parse("a,b\r\n"));
    assertEquals(Collections.emptyList(), parse(""));
  }

  @Test
  void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws IOException {
    List<List<String>> records = parse("\"a,b\",\"line\r\nbreak\",\"say \"\"hi\"\"\",\"\"\"\"\n");
    assertEquals(Collections.singletonList(
        Arrays.asList("a,b", "line\r\nbreak", "say \"hi\"", "\"")), records);
  }

  @Test
  void emptyFieldsQuotedOrNotAreKept() throws IOException {
    assertEquals(Collections.singletonList(Arrays.asList("", "", "x", "", "")),
        parse(",\"\",x,,\"\""));
  }

  @Test
  void aLoneCarriageReturnAlsoEndsARecord() throws IOException {
    assertEquals(Arrays.asList(Collections.singletonList("a"), Collections.singletonList("b")),
        parse("a\rb"));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
    assertEquals(Collections.singletonList(Arrays.asList("5\" pot", "x")), parse("5\" pot,x"));
  }

  @Test
  void anUnclosedQuoteIsAnError() {
    ReportFormatException e = assertThrows(ReportFormatException.class,
        () -> parse("a,b\n\"open,field\n"));
    assertEquals(2, e.record());
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    assertThrows(ReportFormatException.class, () -> parse("\"a\"b,c"));
  }

  @Test
  void aQuotedFieldAcrossTheReadBufferBoundaryIsWhole() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      big.append(i % 10 == 0 ? "\"\"" : "x");
    }
    String expected = big.toString().replace("\"\"", "\"");
    List<List<String>> records = parse("id,text\n1,\"" + big + "\"\n2,short\n");
    assertEquals(3, records.size());
    assertEquals(expected, records.get(1).get(1));
    assertEquals(Arrays.asList("2", "short"), records.get(2));
  }

  @Test
  void rowsAreKeyedByHeaderWithoutByteOrderMarkAndSkipBlankLines() {
    ReportRows<Map<String, String>> rows =
        CsvRows.of(new StringReader("\uFEFFA,B\n1,2\n\n3,4\n"), () -> {});
    List<Map<String, String>> all = new ArrayList<>();
    rows.forEachRemaining(all::add);
    assertEquals(2, all.size());
    assertEquals("1", all.get(0).get("A"));
    assertEquals("4", all.get(1).get("B"));
  }

  @Test
  void aRowWithTheWrongFieldCountIsAnErrorNotAGuess() {
    ReportRows<Map<String, String>> rows = CsvRows.of(new StringReader("A,B\n1,2\n3\n"), () -> {});
    rows.next();
    ReportFormatException e = assertThrows(ReportFormatException.class, rows::next);
    assertEquals(3, e.record());
    assertTrue(e.getMessage().contains("expected 2 fields"), e.getMessage());
  }

  private static List<List<String>> parse(String text) throws IOException {
    CsvParser csv = new CsvParser(new StringReader(text));
    List<List<String>> records = new ArrayList<>();
    for (List<String> record; (record = csv.next()) != null; ) {
      records.add(record);
    }
    return records;
  }
}
