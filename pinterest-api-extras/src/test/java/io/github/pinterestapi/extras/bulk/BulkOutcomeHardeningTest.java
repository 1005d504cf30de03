package io.github.pinterestapi.extras.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestInternalException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.PinCreate;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bulk run never reports FAILED ("safe to send again") for an item that may have been written,
 * and an exception or Error in one item never costs the others their results.
 */
class BulkOutcomeHardeningTest {
  private final MockWebServer api = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final FakePinWrites writes = new FakePinWrites((title, n) -> null);
  private Pinterest pinterest;
  private OkHttpClient base;

  @AfterEach
  void tearDown() throws Exception {
    base.dispatcher().executorService().shutdown();
    api.close();
  }

  /** A client whose network layer fails, after Pinterest answered, for the Pin titled "pin-2". */
  private BulkWriter writerFailingAfterTheAnswer(Throwable failure) {
    api.setDispatcher(writes);
    Interceptor failAfterAnswer = chain -> {
      okhttp3.Response response = chain.proceed(chain.request());
      okio.Buffer sent = new okio.Buffer();
      chain.request().body().writeTo(sent);
      if (sent.readUtf8().contains("\"pin-2\"")) {
        response.close();
        sneakyThrow(failure);
      }
      return response;
    };
    base = new OkHttpClient.Builder().addNetworkInterceptor(failAfterAnswer).build();
    pinterest = TestClients.against(api, time).okHttpClient(base).build();
    return BulkWriter.builder(pinterest).maxConcurrency(2).build();
  }

  @Test
  void aCreateAnsweredThenFailingClientSideIsUnknownAndNotResent() {
    BulkWriter writer = writerFailingAfterTheAnswer(new IllegalStateException("client bug"));
    List<BulkItem> items = BulkWriterTest.pins(3);

    BulkResult first = writer.run(items);
    assertEquals(ItemResult.Outcome.UNKNOWN, first.get("sku-2").outcome(), first.toString());
    BulkResult resumed = writer.run(items, first);

    assertEquals(1, writes.arrivals("pin-2"), "created once, never again");
    assertEquals(ItemResult.Outcome.UNKNOWN, resumed.get("sku-2").outcome());
    assertEquals(2, resumed.with(ItemResult.Outcome.DONE).size());
  }

  @Test
  void anErrorInOneItemKeepsEveryOtherResult() {
    BulkWriter writer = writerFailingAfterTheAnswer(new StackOverflowError("deep"));

    BulkResult result = writer.run(BulkWriterTest.pins(5));

    assertEquals(5, result.items().size());
    assertEquals(4, result.with(ItemResult.Outcome.DONE).size(), result.toString());
    assertEquals(4, result.doneIds().size());
    ItemResult broken = result.get("sku-2");
    assertEquals(ItemResult.Outcome.UNKNOWN, broken.outcome());
    assertInstanceOf(PinterestInternalException.class, broken.error());
  }

  @Test
  void aBuilderThatThrowsAnErrorFailsOnlyItsItemUnsent() {
    api.setDispatcher(writes);
    base = new OkHttpClient();
    pinterest = TestClients.against(api, time).okHttpClient(base).build();
    List<BulkItem> items = BulkWriterTest.pins(2);
    items.add(BulkItem.createPin("sku-x", new PinCreate().boardId("b").title("pin-x")));
    BulkItem failing = BulkItem.<Object>create("sku-bad", p -> {
      throw new NoClassDefFoundError("broken");
    }, body -> null);
    items.add(failing);

    BulkResult result = BulkWriter.builder(pinterest).build().run(items);

    assertEquals(ItemResult.Outcome.FAILED, result.get("sku-bad").outcome());
    assertEquals(3, result.with(ItemResult.Outcome.DONE).size());
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }
}
