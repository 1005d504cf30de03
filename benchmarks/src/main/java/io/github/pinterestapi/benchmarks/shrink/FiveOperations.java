package io.github.pinterestapi.benchmarks.shrink;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.PinterestNotFoundException;
import io.github.pinterestapi.extras.paging.Pager;
import io.github.pinterestapi.v5.model.Account;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.BoardPrivacy;
import io.github.pinterestapi.v5.model.BoardsList200Response;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinMediaWithImage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The program shrink.sh runs through ProGuard: five operations (user account, list boards, create a
 * board, get a pin, list pins through the pager) and one typed error, each checked, against the
 * loopback server at {@code args[0]}. Prints {@code OK} and exits 0 only if every decoded value is
 * right, which proves the shipped consumer rules kept what Moshi and Retrofit need.
 */
public final class FiveOperations {
  private FiveOperations() {}

  public static void main(String[] args) {
    try (Pinterest pinterest = Pinterest.builder().baseUrl(args[0]).accessToken("pina_shrunk").build()) {
      Account account = pinterest.execute(pinterest.userAccount().userAccountGet(null));
      check("studio_oak".equals(account.getUsername()) && account.getPinCount() == 340
          && "BUSINESS".equals(String.valueOf(account.getAccountType())), "user_account/get", account);

      BoardsList200Response boards = pinterest.execute(pinterest.boards().boardsList(null, null, null, 25));
      check(boards.getItems().size() == 2 && "Linen".equals(boards.getItems().get(1).getName())
          && boards.getItems().get(0).getMedia().getPinThumbnailUrls().size() == 2, "boards/list", boards);

      Board created = pinterest.execute(pinterest.boards().boardsCreate(
          new BoardCreate().name("Shrunk but whole").privacy(BoardPrivacy.SECRET), null));
      check("Shrunk but whole".equals(created.getName()) && created.getCreatedAt() != null
          && BoardPrivacy.PUBLIC.equals(created.getPrivacy()), "boards/create", created);

      Pin pin = pinterest.execute(pinterest.pins().pinsGet(args.length > 1 ? args[1] : "7", null, true));
      check(pin.getId() != null && pin.getMedia() instanceof PinMediaWithImage
          && ((PinMediaWithImage) pin.getMedia()).getImages().get1200x().getUrl().startsWith("https://")
          && pin.getBoardOwner().getUsername() != null, "pins/get", pin);

      List<Pin> pins = Pager.ofSized((bookmark, size) -> pinterest.pins()
              .pinsList(null, true, null, null, null, null, bookmark, size))
          .executeWith(pinterest::execute).limit(300).stream().collect(Collectors.toList());
      long kinds = pins.stream().map(p -> p.getMedia().getClass()).distinct().count();
      check(pins.size() == 300 && kinds == 4, "pins/list", pins.size() + " pins, " + kinds + " media kinds");

      try {
        pinterest.execute(pinterest.pins().pinsGet("404", null, null));
        check(false, "pins/get 404", "no exception");
      } catch (PinterestNotFoundException e) {
        check(Integer.valueOf(50).equals(e.code()) && "Pin not found.".equals(e.pinterestMessage()),
            "pins/get 404", e.getMessage());
      }
    }
    System.out.println("OK");
  }

  private static void check(boolean ok, String operation, Object got) {
    if (!ok) {
      System.out.println("FAILED " + operation + ": " + got);
      System.exit(1);
    }
    System.out.println("ok " + operation);
  }
}
