package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.github.pinterestapi.v5.model.AdPinAnalytics;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardPrivacy;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponse;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseIntegrationRefresh;
import io.github.pinterestapi.v5.model.PinMediaSource;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.EOFException;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What decoding does with JSON that Pinterest's description does not promise. */
class BadInputTest {
  private final JsonAdapter<Board> boards = PinterestMoshi.get().adapter(Board.class);

  @Test
  void anUnknownEnumValueDecodesAndKeepsItsRawValue() throws IOException {
    String json = "{\"id\":\"1\",\"privacy\":\"FRIENDS_ONLY\"}";
    Board board = boards.fromJson(json);

    BoardPrivacy privacy = board.getPrivacy();
    assertFalse(privacy.isKnown());
    assertEquals("FRIENDS_ONLY", privacy.value());
    assertEquals(json, boards.toJson(board));
    assertSame(BoardPrivacy.SECRET, boards.fromJson("{\"privacy\":\"SECRET\"}").getPrivacy());
  }

  @Test
  void anUnknownFieldIsIgnoredUnlessTheSchemaAllowsMore() throws IOException {
    Board board = boards.fromJson("{\"id\":\"1\",\"sparkles\":{\"a\":[1,2]},\"name\":\"Soup\"}");
    assertEquals("Soup", board.getName());
    assertEquals("{\"id\":\"1\",\"name\":\"Soup\"}", boards.toJson(board));

    // AdPinAnalytics has additionalProperties: a metric column this version doesn't name stays.
    JsonAdapter<AdPinAnalytics> rows = PinterestMoshi.get().adapter(AdPinAnalytics.class);
    AdPinAnalytics row = rows.fromJson("{\"PIN_ID\":\"7\",\"NEW_METRIC\":\"x\"}");
    assertEquals(Map.of("NEW_METRIC", "x"), row.getAdditionalProperties());
    assertEquals("{\"PIN_ID\":\"7\",\"NEW_METRIC\":\"x\"}", rows.toJson(row));
  }

  @Test
  void aDateTimeWithoutOffsetIsUtc() throws IOException {
    Board board = boards.fromJson("{\"created_at\":\"2022-10-13T01:40:29\"}");
    assertEquals(OffsetDateTime.of(2022, 10, 13, 1, 40, 29, 0, ZoneOffset.UTC),
        board.getCreatedAt());
    assertEquals("{\"created_at\":\"2022-10-13T01:40:29Z\"}", boards.toJson(board));
  }

  @Test
  void nullInANonNullableFieldDecodesToNull() throws IOException {
    // name is not nullable in the description, but a null must not break the whole response.
    Board board = boards.fromJson("{\"id\":\"1\",\"name\":null,\"owner\":null}");
    assertEquals("1", board.getId());
    assertNull(board.getName());
    assertNull(board.getOwner());
    assertEquals("{\"id\":\"1\"}", boards.toJson(board));
  }

  @Test
  void aWrongJsonTypeNamesThePathAndTheProperty() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> boards.fromJson("{\"id\":\"1\",\"owner\":\"someone\"}"));
    assertTrue(e.getMessage().contains("$.owner"), e.getMessage());
    assertTrue(e.getMessage().contains("Board.owner"), e.getMessage());

    JsonDataException nested = assertThrows(JsonDataException.class,
        () -> boards.fromJson("{\"owner\":{\"username\":[\"a\"]}}"));
    assertTrue(nested.getMessage().contains("$.owner.username"), nested.getMessage());

    JsonDataException date = assertThrows(JsonDataException.class,
        () -> boards.fromJson("{\"created_at\":\"yesterday\"}"));
    assertTrue(date.getMessage().contains("$.created_at"), date.getMessage());
  }

  @Test
  void malformedJsonIsAMoshiError() {
    assertThrows(JsonEncodingException.class, () -> boards.fromJson("{\"id\" \"1\"}"));
    assertThrows(EOFException.class, () -> boards.fromJson("{\"id\":\"1\","));
    assertThrows(JsonDataException.class, () -> boards.fromJson("[{\"id\":\"1\"}]"));
  }

  @Test
  void anUnknownDiscriminatorLabelPicksTheBestFittingAlternative() throws IOException {
    JsonAdapter<PinMediaSource> sources = PinterestMoshi.get().adapter(PinMediaSource.class);
    String json = "{\"source_type\":\"image_gif\",\"url\":\"https://i.example/a.gif\"}";

    PinMediaSourceImageURL source = assertInstanceOf(PinMediaSourceImageURL.class,
        sources.fromJson(json));
    assertEquals("https://i.example/a.gif", source.getUrl());
    assertFalse(source.getSourceType().isKnown());
    assertEquals(json, sources.toJson(source));
  }

  @Test
  void aKnownLabelDecidesWhenItsAlternativeHoldsEveryKey() throws IOException {
    JsonAdapter<PinMediaSource> sources = PinterestMoshi.get().adapter(PinMediaSource.class);
    PinMediaSource source = sources.fromJson(
        "{\"source_type\":\"pin_url\",\"is_affiliate_link\":true}");
    assertEquals("PinMediaSourcePinURL", source.getClass().getSimpleName());
  }

  @Test
  void aLabelWhoseAlternativeWouldDropKeysIsOutvotedByOneThatKeepsThem() throws IOException {
    // PinMediaSourcePinURL has no "url": decoding by the label alone would lose it. The data
    // wins, so the value re-encodes to what was received and decodes again the same.
    JsonAdapter<PinMediaSource> sources = PinterestMoshi.get().adapter(PinMediaSource.class);
    String json = "{\"source_type\":\"pin_url\",\"url\":\"u\"}";
    PinMediaSource source = sources.fromJson(json);
    assertEquals("PinMediaSourceImageURL", source.getClass().getSimpleName());
    assertEquals(json, sources.toJson(source));
    assertEquals(source, sources.fromJson(sources.toJson(source)));
  }

  @Test
  void anIntegrationRefreshResponseKeepsItsRefreshToken() throws IOException {
    JsonAdapter<OauthAccessTokenResponse> responses =
        PinterestMoshi.get().adapter(OauthAccessTokenResponse.class);
    OauthAccessTokenResponse response = responses.fromJson("{\"access_token\":\"pina_A\","
        + "\"refresh_token\":\"pinr_R\",\"response_type\":\"integration_refresh\","
        + "\"token_type\":\"bearer\",\"expires_in\":2592000,\"refresh_token_expires_in\":31536000,"
        + "\"scope\":\"boards:read\"}");

    OauthAccessTokenResponseIntegrationRefresh refresh =
        assertInstanceOf(OauthAccessTokenResponseIntegrationRefresh.class, response);
    assertEquals("pinr_R", refresh.getRefreshToken());
    assertEquals(31536000, refresh.getRefreshTokenExpiresIn());
    assertEquals("integration_refresh", refresh.getResponseType().value());
  }
}
