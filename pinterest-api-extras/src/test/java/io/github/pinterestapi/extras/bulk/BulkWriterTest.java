package io.github.pinterestapi.extras.bulk;

import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.pinterestError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.errors.PinterestServerException;
import io.github.pinterestapi.extras.http.Cancellation;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.BoardWithUpdatePrivacyUpdate;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BulkWriterTest {
  private final MockWebServer api = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private Pinterest pinterest;
  private FakePinWrites writes;

  @AfterEach
  void tearDown() throws Exception {
    if (pinterest != null) {
      pinterest.close();
    }
    api.close();
  }

  private BulkWriter writer(
      BiFunction<String, Integer, MockResponse> fault, BulkListener listener) {
    writes = new FakePinWrites(fault);
    api.setDispatcher(writes);
    pinterest = TestClients.against(api, time).build();
    return BulkWriter.builder(pinterest).maxConcurrency(3).listener(listener).build();
  }

  static List<BulkItem> pins(int count) {
    List<BulkItem> items = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      items.add(BulkItem.createPin("sku-" + i, new PinCreate().boardId("b").title("pin-" + i)));
    }
    return items;
  }

  @Test
  void createsEveryPinOnceAndReportsProgress() {
    List<String> progress = Collections.synchronizedList(new ArrayList<>());
    BulkWriter writer = writer((title, n) -> null,
        (item, finished, total) -> progress.add(finished + "/" + total));

    BulkResult result = writer.run(pins(10));

    assertTrue(result.isComplete(), result.toString());
    for (int i = 1; i <= 10; i++) {
      ItemResult item = result.items().get(i - 1);
      assertEquals("sku-" + i, item.key(), "results keep the input order");
      assertEquals("id-pin-" + i, item.id());
      assertEquals(1, writes.arrivals("pin-" + i));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      expected.add(i + "/10");
    }
    assertEquals(expected, progress, "one call per item, counted in order, none concurrently");
  }

  @Test
  void a429MidRunIsRetriedByTheClientAndNothingIsCreatedTwice() {
    BulkWriter writer = writer((title, n) -> title.equals("pin-5") && n == 1
        ? pinterestError(429, 8, "Rate limit exceeded").setHeader("Retry-After", "2")
        : null, BulkListener.NONE);

    BulkResult result = writer.run(pins(10));

    assertTrue(result.isComplete(), result.toString());
    assertEquals("id-pin-5", result.get("sku-5").id());
    assertEquals(2, writes.arrivals("pin-5"), "refused once, then created");
    for (int i = 1; i <= 10; i++) {
      if (i != 5) {
        assertEquals(1, writes.arrivals("pin-" + i), "pin-" + i);
      }
    }
    assertEquals(11, api.getRequestCount());
    assertTrue(time.waits().contains(Duration.ofSeconds(2)), "the client honoured Retry-After");
  }

  @Test
  void aLostCreateIsUnknownAndNeverResentUntilChecked() {
    BulkWriter writer = writer((title, n) -> title.equals("pin-2")
        ? pinterestError(502, 0, "bad gateway") : null, BulkListener.NONE);
    List<BulkItem> items = pins(3);

    BulkResult first = writer.run(items);
    ItemResult lost = first.get("sku-2");
    BulkResult second = writer.run(items, first);
    BulkResult third = writer.run(items, second.markDone("sku-2", "id-found-by-hand"));

    assertEquals(ItemResult.Outcome.UNKNOWN, lost.outcome());
    assertInstanceOf(PinterestServerException.class, lost.error());
    assertEquals(ItemResult.Outcome.UNKNOWN, second.get("sku-2").outcome());
    assertTrue(second.get("sku-2").isFromEarlierRun());
    assertTrue(third.isComplete());
    assertEquals("id-found-by-hand", third.get("sku-2").id());
    assertEquals(1, writes.arrivals("pin-2"), "sent once, across three runs");
    assertEquals(3, api.getRequestCount());
  }

  @Test
  void aCheckedCreateThatDidNotHappenIsSentOnTheNextRun() {
    BulkWriter writer = writer((title, n) -> title.equals("pin-1") && n == 1
        ? new MockResponse().setResponseCode(500) : null, BulkListener.NONE);
    List<BulkItem> items = pins(1);

    BulkResult first = writer.run(items);
    BulkResult second = writer.run(items, first.markNotCreated("sku-1"));

    assertEquals(ItemResult.Outcome.UNKNOWN, first.get("sku-1").outcome());
    assertTrue(second.isComplete());
    assertEquals(2, writes.arrivals("pin-1"));
  }

  @Test
  void aRefusalFailsWithItsTypedErrorAndIsRetriedOnResume() {
    BulkWriter writer = writer((title, n) -> title.equals("pin-3") && n == 1
        ? pinterestError(400, 1, "Invalid board") : null, BulkListener.NONE);
    List<BulkItem> items = pins(4);

    BulkResult first = writer.run(items);
    BulkResult second = writer.run(items, first);

    ItemResult failed = first.get("sku-3");
    assertEquals(ItemResult.Outcome.FAILED, failed.outcome());
    assertEquals(400, ((PinterestApiException) failed.error()).statusCode());
    assertEquals(Integer.valueOf(1), ((PinterestApiException) failed.error()).code());
    assertTrue(second.isComplete());
    assertEquals(5, api.getRequestCount(), "the resume sent only the failed item");
  }

  @Test
  void resumeSkipsItemsDoneInAnEarlierRun() {
    BulkWriter writer = writer((title, n) -> null, BulkListener.NONE);
    List<BulkItem> items = pins(5);

    BulkResult result = writer.run(items, BulkResult.ofDone(
        java.util.Map.of("sku-1", "id-old-1", "sku-4", "id-old-4")));

    assertTrue(result.isComplete());
    assertEquals("id-old-1", result.get("sku-1").id());
    assertTrue(result.get("sku-1").isFromEarlierRun());
    assertEquals(0, writes.arrivals("pin-1"));
    assertEquals(0, writes.arrivals("pin-4"));
    assertEquals(3, api.getRequestCount());
    assertEquals(5, result.doneIds().size());
  }

  @Test
  void updatesThatMayHaveBeenWrittenAreUnknownAndSentAgainOnResume() {
    BulkWriter writer = writer((title, n) -> n == 1 ? new MockResponse().setResponseCode(503)
        : null, BulkListener.NONE);
    List<BulkItem> items = Arrays.asList(
        BulkItem.updatePin("p", "pin-1", new PinUpdate().title("t")),
        BulkItem.updateBoard("b", "board-1", new BoardWithUpdatePrivacyUpdate().name("n")));

    BulkResult result = writer.run(items);
    assertEquals(2, result.with(ItemResult.Outcome.UNKNOWN).size(), result.toString());

    BulkResult resumed = writer.run(items, result);
    assertEquals(2, resumed.with(ItemResult.Outcome.DONE).size(), resumed.toString());
    assertEquals(2, writes.arrivals("t"));
  }

  @Test
  void boardsAndPinUpdatesGoToTheirEndpoints() throws Exception {
    BulkWriter writer = writer((title, n) -> null, BulkListener.NONE);

    BulkResult result = BulkWriter.builder(pinterest).executor(Runnable::run).build().run(
        Arrays.asList(BulkItem.createBoard("b", new BoardCreate().name("Kitchens")),
            BulkItem.updatePin("p", "987", new PinUpdate().title("Kitchen"))));

    assertTrue(result.isComplete(), result.toString());
    assertEquals("id-Kitchens", result.get("b").id());
    assertEquals("POST /v5/boards HTTP/1.1", TestClients.taken(api).getRequestLine());
    assertEquals("PATCH /v5/pins/987 HTTP/1.1", TestClients.taken(api).getRequestLine());
    assertNull(writer.run(Collections.emptyList()).get("b"));
  }

  @Test
  void cancellingLeavesTheRestNotStarted() {
    Cancellation cancellation = new Cancellation();
    writes = new FakePinWrites((title, n) -> null);
    api.setDispatcher(writes);
    pinterest = TestClients.against(api, time).build();
    BulkWriter writer = BulkWriter.builder(pinterest).executor(Runnable::run)
        .listener((item, finished, total) -> {
          if (finished == 2) {
            cancellation.cancel();
          }
        }).build();

    BulkResult result = writer.run(pins(5), BulkResult.empty(), cancellation);

    assertEquals(2, result.with(ItemResult.Outcome.DONE).size());
    assertEquals(3, result.with(ItemResult.Outcome.NOT_STARTED).size());
    assertEquals(5, result.items().size(), "nothing dropped");
    assertEquals(2, api.getRequestCount());
  }

  @Test
  void duplicateKeysAreRefused() {
    BulkWriter writer = writer((title, n) -> null, BulkListener.NONE);
    List<BulkItem> items = new ArrayList<>(pins(2));
    items.add(BulkItem.createPin("sku-1", new PinCreate().title("again")));

    assertThrows(IllegalArgumentException.class, () -> writer.run(items));
    assertEquals(0, api.getRequestCount());
  }

  @Test
  void aBodyWithoutIdIsStillDone() {
    BulkWriter writer = writer((title, n) -> json(201, "{}"), BulkListener.NONE);
    assertTrue(writer.run(pins(1)).isComplete());
  }
}
