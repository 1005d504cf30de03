package io.github.pinterestapi.benchmarks.cold;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.params.PinsGetParams;

/** The first {@code GET /pins/{id}} through our client: {@code BASE_URL PIN_ID}. */
public final class FirstCallOurs {
  private FirstCallOurs() {}

  public static void main(String[] args) {
    try (Pinterest pinterest = Pinterest.builder().baseUrl(args[0]).accessToken("pina_cold").build()) {
      Pin pin = pinterest.pins().get(PinsGetParams.builder().pinId(args[1]).build());
      System.out.println(pin.getId() + " " + pin.getMedia().getClass().getSimpleName());
    }
  }
}
