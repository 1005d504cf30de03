package io.github.pinterestapi.benchmarks.shrink;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestNotFoundException;
import io.github.pinterestapi.v5.model.Account;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.BoardPrivacy;
import io.github.pinterestapi.v5.model.BoardsList200Response;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.model.PinMediaWithImage;
import io.github.pinterestapi.v5.params.BoardsCreateParams;
import io.github.pinterestapi.v5.params.BoardsListParams;
import io.github.pinterestapi.v5.params.PinsGetParams;
import io.github.pinterestapi.v5.params.PinsListParams;
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
      Account account = pinterest.userAccount().get();
      check("studio_oak".equals(account.getUsername()) && account.getPinCount() == 340
          && "BUSINESS".equals(String.valueOf(account.getAccountType())), "user_account/get", account);

      BoardsList200Response boards = pinterest.boards().list(BoardsListParams.builder()
          .pageSize(25)
          .build());
      check(boards.getItems().size() == 2 && "Linen".equals(boards.getItems().get(1).getName())
          && boards.getItems().get(0).getMedia().getPinThumbnailUrls().size() == 2, "boards/list", boards);

      Board created = pinterest.boards().create(BoardsCreateParams.builder()
          .body(new BoardCreate().name("Shrunk but whole").privacy(BoardPrivacy.SECRET))
          .build());
      check("Shrunk but whole".equals(created.getName()) && created.getCreatedAt() != null
          && BoardPrivacy.PUBLIC.equals(created.getPrivacy()), "boards/create", created);

      Pin pin = pinterest.pins().get(PinsGetParams.builder()
          .pinId(args.length > 1 ? args[1] : "7")
          .pinMetrics(true)
          .build());
      check(pin.getId() != null && pin.getMedia() instanceof PinMediaWithImage
          && ((PinMediaWithImage) pin.getMedia()).getImages().get1200x().getUrl().startsWith("https://")
          && pin.getBoardOwner().getUsername() != null, "pins/get", pin);

      List<Pin> pins = pinterest.pins().listAll(
          PinsListParams.builder().pinMetrics(true).build()).limit(300).stream().collect(Collectors.toList());
      long kinds = pins.stream().map(p -> p.getMedia().getClass()).distinct().count();
      check(pins.size() == 300 && kinds == 4, "pins/list", pins.size() + " pins, " + kinds + " media kinds");

      try {
        pinterest.pins().get(PinsGetParams.builder().pinId("404").build());
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
