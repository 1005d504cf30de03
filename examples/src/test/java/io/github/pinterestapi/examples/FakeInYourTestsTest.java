package io.github.pinterestapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.testing.FakePinterest;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.params.BoardsCreateParams;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test the README's "Testing your code with FakePinterest" shows, kept compiling here. */
class FakeInYourTestsTest {
  @RegisterExtension
  static final FakePinterest fake = new FakePinterest();

  final Pinterest pinterest = Pinterest.builder().baseUrl(fake.baseUrl())
      .accessToken(fake.accessToken()).sleeper(wait -> {}).build(); // retries don't sleep

  @Test
  void createsTheBoardEvenWhenRateLimited() {
    fake.faults().forOperation("boards/create").rateLimitNext(1); // one 429 first
    pinterest.boards().create(BoardsCreateParams.builder()
        .body(new BoardCreate().name("Recipes"))
        .build());
    assertEquals(List.of("Recipes"), fake.boards().stream().map(Board::getName).toList());
  }
}
