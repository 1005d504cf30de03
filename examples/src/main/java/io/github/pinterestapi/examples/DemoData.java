package io.github.pinterestapi.examples;

import io.github.pinterestapi.testing.FakePinterest;
import io.github.pinterestapi.v5.model.Board;

/**
 * The demo account an empty fake gets, so that listing boards or pins shows something on a
 * fresh machine. Real accounts are never touched by this.
 */
final class DemoData {
  static final String DESCRIPTION = "2 boards, 7 pins";

  private DemoData() {}

  static void seed(FakePinterest fake) {
    Board dinners = fake.addBoard("Weeknight dinners");
    pin(fake, dinners, "Lemon garlic pasta", "lemon-pasta");
    pin(fake, dinners, "Sheet-pan gnocchi", "gnocchi");
    pin(fake, dinners, "Ten-minute ramen", "ramen");
    pin(fake, dinners, "Chickpea curry", "curry");
    Board garden = fake.addBoard("Balcony garden");
    pin(fake, garden, "Tomatoes in pots", "tomatoes");
    pin(fake, garden, "Herb spiral", "herbs");
    pin(fake, garden, "Vertical strawberry planter", "strawberries");
  }

  private static void pin(FakePinterest fake, Board board, String title, String image) {
    fake.addPin(board.getId(), title, "https://example.com/images/" + image + ".jpg");
  }
}
