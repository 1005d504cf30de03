package io.github.pinterestapi.extras.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import io.github.pinterestapi.errors.ReportFormatException;

class JsonRowsTest {
  @Test
  void anArrayOfRows() {
    List<Map<String, Object>> rows =
        rows("[{\"A\":1.10,\"B\":\"x\",\"C\":null,\"D\":true},{\"A\":2}]");
    assertEquals(2, rows.size());
    assertEquals(new BigDecimal("1.10"), rows.get(0).get("A"), "numbers stay exact");
    assertEquals("x", rows.get(0).get("B"));
    assertTrue(rows.get(0).containsKey("C"));
    assertEquals(Boolean.TRUE, rows.get(0).get("D"));
  }

  @Test
  void anObjectOfRowArraysPerEntity() {
    List<Map<String, Object>> rows =
        rows("{\"111\":[{\"A\":1},{\"A\":2}],\"222\":[],\"333\":[{\"A\":3}]}");
    assertEquals(3, rows.size());
    assertEquals(new BigDecimal("3"), rows.get(2).get("A"));
  }

  @Test
  void emptyInputsHaveNoRows() {
    assertTrue(rows("").isEmpty());
    assertTrue(rows("[]").isEmpty());
    assertTrue(rows("{}").isEmpty());
  }

  @Test
  void aRowThatIsNotAnObjectIsAnError() {
    assertThrows(ReportFormatException.class, () -> rows("[{\"A\":1},42]"));
    assertThrows(ReportFormatException.class, () -> rows("\"text\""));
  }

  @Test
  void closesTheDownloadAfterTheLastRow() {
    AtomicBoolean closed = new AtomicBoolean();
    ReportRows<Map<String, Object>> rows =
        JsonRows.of(new Buffer().writeUtf8("[{\"A\":1}]"), () -> closed.set(true));
    rows.next();
    assertFalse(closed.get());
    assertFalse(rows.hasNext());
    assertTrue(closed.get());
  }

  private static List<Map<String, Object>> rows(String json) {
    List<Map<String, Object>> rows = new ArrayList<>();
    JsonRows.of(new Buffer().writeUtf8(json), () -> {}).forEachRemaining(rows::add);
    return rows;
  }
}
