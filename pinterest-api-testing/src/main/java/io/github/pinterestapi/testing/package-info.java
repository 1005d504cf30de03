/**
 * A fake Pinterest for tests and examples: {@link io.github.pinterestapi.testing.FakePinterest}
 * serves a stateful subset of API v5 on loopback, with real bookmarks, Pinterest's error bodies
 * and rate-limit headers, fault switches ({@link io.github.pinterestapi.testing.Faults}), a
 * controllable clock ({@link io.github.pinterestapi.testing.FakeClock}) and a record of every
 * request ({@link io.github.pinterestapi.testing.RecordedCall}).
 *
 * <pre>{@code
 * @RegisterExtension static FakePinterest fake = new FakePinterest();
 *
 * Pinterest pinterest = Pinterest.builder().baseUrl(fake.baseUrl()).accessToken(fake.accessToken()).build();
 * Board board = pinterest.boards().create(BoardsCreateParams.builder()
     .body(new BoardCreate().name("Recipes"))
     .build());
 * assertEquals("Recipes", fake.boards().get(0).getName());
 * }</pre>
 */
package io.github.pinterestapi.testing;
