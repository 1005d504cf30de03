package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.v5.model.AdPinAnalytics;
import io.github.pinterestapi.v5.model.Board;
import io.github.pinterestapi.v5.model.BoardOwner;
import io.github.pinterestapi.v5.model.BoardPrivacy;
import io.github.pinterestapi.v5.model.BoardsList200Response;
import io.github.pinterestapi.v5.model.CreativeType;
import io.github.pinterestapi.v5.model.OauthAccessTokenResponseCode;
import io.github.pinterestapi.v5.runtime.CommaSeparated;
import io.github.pinterestapi.v5.runtime.Page;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java side of the models: value semantics, secrets, extra keys, pages, query lists. */
class ModelBehaviourTest {
  @Test
  void modelsWithTheSameValuesAreEqual() {
    Board a = new Board().id("1").name("Soup").privacy(BoardPrivacy.SECRET)
        .owner(new BoardOwner().username("cook"));
    Board b = new Board().id("1").name("Soup").privacy(BoardPrivacy.of("SECRET"))
        .owner(new BoardOwner().username("cook"));

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, b.name("Stew"));
    assertNotEquals(a, new Board().id("1"));
    assertNotEquals(BoardPrivacy.of("FRIENDS"), BoardPrivacy.SECRET);
    assertEquals(BoardPrivacy.of("FRIENDS"), BoardPrivacy.of("FRIENDS"));
    assertEquals(List.of(BoardPrivacy.PUBLIC, BoardPrivacy.PROTECTED, BoardPrivacy.SECRET),
        BoardPrivacy.values());
  }

  @Test
  void toStringMasksTokens() {
    OauthAccessTokenResponseCode response = new OauthAccessTokenResponseCode()
        .accessToken("pina_AccessSecret123").refreshToken("pinr_RefreshSecret456")
        .scope("boards:read").tokenType("bearer").expiresIn(2592000)
        .responseType(OauthAccessTokenResponseCode.ResponseTypeEnum.AUTHORIZATION_CODE);

    String text = response.toString();
    assertFalse(text.contains("AccessSecret123"), text);
    assertFalse(text.contains("RefreshSecret456"), text);
    assertTrue(text.contains("boards:read"), text);
    assertTrue(text.contains("bearer"), text);
    assertTrue(text.contains("2592000"), text);
    // Masking is for printing only: the values themselves are intact.
    assertEquals("pina_AccessSecret123", response.getAccessToken());
  }

  @Test
  void extraKeysRoundTripWhereTheSchemaAllowsThem() throws IOException {
    JsonAdapter<AdPinAnalytics> rows = PinterestMoshi.get().adapter(AdPinAnalytics.class);
    String json = "{\"DATE\":\"2024-03-01\",\"PIN_ID\":\"7\",\"IMPRESSION_1\":12.5,"
        + "\"CTR_BY_DAY\":[0.5,0.25],\"BREAKDOWN\":{\"US\":true}}";

    AdPinAnalytics row = rows.fromJson(json);
    assertEquals(LocalDate.of(2024, 3, 1), row.getDATE());
    // Exact, never a rounded double: free-form numbers decode as Long or BigDecimal.
    assertEquals(new java.math.BigDecimal("12.5"),
        row.getAdditionalProperties().get("IMPRESSION_1"));
    assertEquals(Map.of("US", true), row.getAdditionalProperties().get("BREAKDOWN"));
    assertEquals(json, rows.toJson(row));

    AdPinAnalytics built = new AdPinAnalytics().PIN_ID("8").putAdditionalProperty("SPEND", 3.0);
    assertEquals("{\"PIN_ID\":\"8\",\"SPEND\":3.0}", rows.toJson(built));
  }

  @Test
  void aBoardListIsAPageOfBoards() throws IOException {
    Type page = Arrays.stream(BoardsList200Response.class.getGenericInterfaces())
        .filter(t -> t instanceof ParameterizedType p && p.getRawType() == Page.class)
        .findFirst().orElseThrow();
    assertEquals(Board.class, ((ParameterizedType) page).getActualTypeArguments()[0]);

    JsonAdapter<BoardsList200Response> lists =
        PinterestMoshi.get().adapter(BoardsList200Response.class);
    Page<Board> first = lists.fromJson("{\"items\":[{\"id\":\"1\"},{\"id\":\"2\"}],"
        + "\"bookmark\":\"Pz9Nakl5\"}");
    assertTrue(first.hasNextPage());
    assertEquals("Pz9Nakl5", first.getBookmark());
    assertEquals("2", first.getItems().get(1).getId());

    assertFalse(lists.fromJson("{\"items\":[{\"id\":\"3\"}],\"bookmark\":null}").hasNextPage());
    assertFalse(lists.fromJson("{\"items\":[],\"bookmark\":\"\"}").hasNextPage());
  }

  @Test
  void aPageWithoutItemsReadsAsEmpty() throws IOException {
    // Page.getItems() promises never to return null for a decoded page.
    Page<Board> last = PinterestMoshi.get().adapter(BoardsList200Response.class)
        .fromJson("{\"bookmark\":null}");
    assertEquals(List.of(), last.getItems());
  }

  @Test
  void commaSeparatedJoinsValuesForTheWire() {
    assertEquals("IMPRESSION,SAVE,PIN_CLICK",
        CommaSeparated.of("IMPRESSION", "SAVE", "PIN_CLICK").toString());
    assertEquals("VIDEO,SOMETHING_NEW",
        CommaSeparated.of(List.of(CreativeType.VIDEO, CreativeType.of("SOMETHING_NEW")))
            .toString());
    assertEquals("", CommaSeparated.of().toString());
    assertEquals(CommaSeparated.of("A", "B"), CommaSeparated.of(List.of("A", "B")));
    assertNotEquals(CommaSeparated.of("A", "B"), CommaSeparated.of("B", "A"));
  }

  @Test
  void commaSeparatedCopiesItsValues() {
    List<String> values = new ArrayList<>(List.of("A"));
    CommaSeparated<String> joined = CommaSeparated.of(values);
    values.add("B");
    assertEquals("A", joined.toString());
    assertThrows(UnsupportedOperationException.class, () -> joined.values().add("C"));
  }
}
