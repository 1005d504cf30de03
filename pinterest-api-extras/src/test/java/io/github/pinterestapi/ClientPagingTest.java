package io.github.pinterestapi;

import static io.github.pinterestapi.testing.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pinterestapi.errors.PinterestNotFoundException;
import io.github.pinterestapi.errors.PagingException;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.BoardsListParams;
import io.github.pinterestapi.v5.params.BoardsListPinsParams;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The README's paging forms, through the client: they compile as written and page as said. */
class ClientPagingTest {
  @Test
  void autoPagingAsksForNoMoreThanTheLimitNeeds() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json(200, "{\"items\":[{\"id\":\"p1\"},{\"id\":\"p2\"}],\"bookmark\":\"b2\"}"));
      server.enqueue(json(200, "{\"items\":[{\"id\":\"p3\"}],\"bookmark\":\"b3\"}"));
      Pinterest pinterest = TestClients.against(server, new FakeTime()).build();

      List<String> ids = pinterest.boards()
          .listPinsAll(BoardsListPinsParams.builder().boardId("board-1").pageSize(2).build())
          .limit(3).stream().map(Pin::getId).collect(Collectors.toList());

      assertEquals(java.util.Arrays.asList("p1", "p2", "p3"), ids);
      RecordedRequest first = server.takeRequest();
      assertEquals("/v5/boards/board-1/pins?page_size=2", first.getPath());
      assertEquals("/v5/boards/board-1/pins?bookmark=b2&page_size=1", server.takeRequest().getPath());
      assertEquals(2, server.getRequestCount());
    }
  }

  @Test
  void aFailedPageIsAPagingExceptionWithTheTypedCause() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(404));
      Pinterest pinterest = TestClients.against(server, new FakeTime()).build();
      PagingException e = assertThrows(PagingException.class,
          () -> pinterest.boards().listAll().iterator().hasNext());
      assertEquals(null, e.bookmark());
      assertEquals("boards/list", e.operationId());
      assertEquals(PinterestNotFoundException.class, e.getCause().getClass());
      assertEquals(1, server.getRequestCount());
    }
  }
}
