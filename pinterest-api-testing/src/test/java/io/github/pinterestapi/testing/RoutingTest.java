package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.v5.params.AdGroupsListParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the fake does not serve, it says so: a 501 naming the operation, or the unknown path. */
class RoutingTest {
  @RegisterExtension
  static final FakePinterest fake = new FakePinterest();

  @Test
  void realOperationNotServedIs501NamingIt() {
    try (Pinterest pinterest = Clients.client(fake)) {
      PinterestApiException refused = assertThrows(PinterestApiException.class,
          () -> pinterest.adGroups().list(AdGroupsListParams.builder()
              .adAccountId("549755813889")
              .build()));
      assertEquals(501, refused.statusCode());
      assertEquals("operation ad_groups/list is not served by FakePinterest",
          refused.pinterestMessage());
    }
    assertEquals("ad_groups/list", fake.requests().get(fake.requests().size() - 1).operationId());
  }

  @Test
  void unknownPathIs501SayingSo() {
    Clients.Raw raw = Clients.call(fake, "GET", "no/such/thing", fake.accessToken(), null);
    assertEquals(501, raw.status);
    assertTrue(raw.body.contains("the path is unknown"), raw.body);
  }

  @Test
  void literalSegmentsWinOverPathParameters() {
    // GET pins/analytics is multi_pins/analytics, not pins/get of a pin called "analytics".
    Clients.Raw raw = Clients.call(fake, "GET", "pins/analytics?pin_ids=1", fake.accessToken(), null);
    assertEquals(501, raw.status);
    assertTrue(raw.body.contains("multi_pins/analytics"), raw.body);
  }

  @Test
  void theOperationTableHoldsEveryGeneratedOperation() {
    assertTrue(OperationTable.get().size() > 200, "operations: " + OperationTable.get().size());
  }

  @Test
  void malformedJsonIsABadRequest() {
    Clients.Raw raw = Clients.call(fake, "POST", "boards", fake.accessToken(), "{not json");
    assertEquals(400, raw.status);
    assertTrue(raw.body.startsWith("{\"code\":1,"), raw.body);
  }
}
