package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pinterestapi.v5.api.BoardsApi;
import io.github.pinterestapi.v5.api.BusinessAccessRelationshipsApi;
import io.github.pinterestapi.v5.api.CatalogReportsApi;
import io.github.pinterestapi.v5.api.OauthApi;
import io.github.pinterestapi.v5.api.PinsApi;
import io.github.pinterestapi.v5.model.BoardCreate;
import io.github.pinterestapi.v5.model.BoardPrivacy;
import io.github.pinterestapi.v5.model.BoardWithUpdatePrivacyUpdate;
import io.github.pinterestapi.v5.model.CatalogsReportDistributionIssueFilter;
import io.github.pinterestapi.v5.model.CatalogsRetailReportStatsParameters;
import io.github.pinterestapi.v5.model.CreativeType;
import io.github.pinterestapi.v5.model.DeletePartnersRequest;
import io.github.pinterestapi.v5.model.PinCreate;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import io.github.pinterestapi.v5.runtime.CommaSeparated;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import io.github.pinterestapi.v5.runtime.QueryObject;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.Multipart;

/** What the generated Retrofit interfaces put on the wire, recorded by a MockWebServer. */
class RequestShapesTest {
  private final MockWebServer server = new MockWebServer();
  private Retrofit retrofit;

  @BeforeEach
  void start() throws IOException {
    server.start();
    retrofit = new Retrofit.Builder()
        .baseUrl(server.url("/v5/"))
        .addConverterFactory(MoshiConverterFactory.create(PinterestMoshi.get()))
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void queryListsRepeatOrJoinAsTheDescriptionSays() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    retrofit.create(PinsApi.class).multiPinsAnalytics(List.of("11", "22"),
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31),
        CommaSeparated.of("IMPRESSION", "SAVE"), "MOBILE", null).execute();

    // pin_ids is exploded (one pair per value); metric_types has explode: false.
    RecordedRequest request = server.takeRequest();
    assertEquals("GET /v5/pins/analytics?pin_ids=11&pin_ids=22&start_date=2024-01-01"
        + "&end_date=2024-01-31&metric_types=IMPRESSION%2CSAVE&app_types=MOBILE HTTP/1.1",
        request.getRequestLine());
    assertEquals(List.of("IMPRESSION,SAVE"),
        request.getRequestUrl().queryParameterValues("metric_types"));
  }

  @Test
  void enumsAndPathParametersAreEncoded() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"items\":[]}"));
    server.enqueue(new MockResponse().setBody("{}"));
    PinsApi pins = retrofit.create(PinsApi.class);

    pins.pinsList(null, true, null, null, List.of(CreativeType.VIDEO, CreativeType.of("NEW_KIND")),
        "549755885175", "bm/1", 25).execute();
    assertEquals("/v5/pins?pin_metrics=true&creative_types=VIDEO&creative_types=NEW_KIND"
        + "&ad_account_id=549755885175&bookmark=bm%2F1&page_size=25",
        server.takeRequest().getPath());

    pins.pinsGet("a/b c", null, false).execute();
    assertEquals("/v5/pins/a%2Fb%20c?pin_metrics=false", server.takeRequest().getPath());
  }

  @Test
  void createBoardSendsAValidJsonBody() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(201).setBody("{\"id\":\"1\"}"));
    retrofit.create(BoardsApi.class).boardsCreate(new BoardCreate()
        .name("Recipes").description("Dinner ideas").privacy(BoardPrivacy.SECRET), null).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("POST /v5/boards HTTP/1.1", request.getRequestLine());
    assertEquals("application/json; charset=UTF-8", request.getHeader("Content-Type"));
    String body = request.getBody().readUtf8();
    assertEquals("{\"description\":\"Dinner ideas\",\"name\":\"Recipes\",\"privacy\":\"SECRET\"}",
        body);
    assertValid("boards/create", body);
  }

  @Test
  void createPinSendsAValidMediaSource() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(201).setBody("{\"id\":\"2\"}"));
    retrofit.create(PinsApi.class).pinsCreate(new PinCreate()
        .boardId("549755885175").title("Soup")
        .mediaSource(new PinMediaSourceImageURL()
            .sourceType(PinMediaSourceImageURL.SourceTypeEnum.IMAGE_URL)
            .url("https://i.example/soup.jpg")), null).execute();

    String body = server.takeRequest().getBody().readUtf8();
    assertEquals("{\"board_id\":\"549755885175\",\"media_source\":{\"source_type\":\"image_url\","
        + "\"url\":\"https://i.example/soup.jpg\"},\"title\":\"Soup\"}", body);
    assertValid("pins/create", body);
  }

  @Test
  void theValidatorRejectsInvalidBodies() {
    // Without these, a validator that resolves nothing would pass every body above.
    String pins = SchemaValidation.requestBody("pins/create");
    assertFalse(errors(pins, "{\"board_id\":\"1\","
        + "\"media_source\":{\"source_type\":\"image_url\"}}").isEmpty(),
        "a media source without its url");
    assertFalse(errors(pins, "{\"board_id\":\"1\",\"media_source\":{\"source_type\":\"movie\","
        + "\"url\":\"https://i.example/a.jpg\"}}").isEmpty(), "an unknown source_type");
    String boards = SchemaValidation.requestBody("boards/create");
    assertFalse(errors(boards, "{\"name\":5}").isEmpty(), "a number for a string");
    assertFalse(errors(boards, "{\"description\":\"no name\"}").isEmpty(), "no required name");
    String update = SchemaValidation.requestBody("boards/update");
    assertTrue(errors(update, "{\"description\":null}").isEmpty(), "nullable description");
    assertFalse(errors(update, "{\"name\":null}").isEmpty(), "name is not nullable");
  }

  @Test
  void oauthTokenIsAUrlEncodedForm() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"access_token\":\"t\","
        + "\"response_type\":\"authorization_code\"}"));
    retrofit.create(OauthApi.class)
        .oauthToken("authorization_code", "abc", "https://x/cb", null, null, null).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("POST /v5/oauth/token HTTP/1.1", request.getRequestLine());
    assertEquals("application/x-www-form-urlencoded", request.getHeader("Content-Type"));
    assertEquals("grant_type=authorization_code&code=abc&redirect_uri=https%3A%2F%2Fx%2Fcb",
        request.getBody().readUtf8());
  }

  @Test
  void patchSendsAnExplicitNullAndNothingElse() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"id\":\"1\"}"));
    retrofit.create(BoardsApi.class).boardsUpdate("549755885175",
        new BoardWithUpdatePrivacyUpdate().name("Recipes").description(null), null).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("PATCH /v5/boards/549755885175 HTTP/1.1", request.getRequestLine());
    String body = request.getBody().readUtf8();
    assertEquals("{\"description\":null,\"name\":\"Recipes\"}", body);
    assertValid("boards/update", body);
  }

  @Test
  void aDeleteSendsItsBody() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    retrofit.create(BusinessAccessRelationshipsApi.class).deleteBusinessPartners("12",
        new DeletePartnersRequest().partnerIds(List.of("34", "56"))).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("DELETE /v5/businesses/12/partners HTTP/1.1", request.getRequestLine());
    assertEquals("{\"partner_ids\":[\"34\",\"56\"]}", request.getBody().readUtf8());
  }

  @Test
  void aDeepObjectParameterIsSpreadOverBracketedPairs() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"items\":[]}"));
    CatalogsRetailReportStatsParameters parameters = new CatalogsRetailReportStatsParameters()
        .catalogType(CatalogsRetailReportStatsParameters.CatalogTypeEnum.RETAIL)
        .report(new CatalogsReportDistributionIssueFilter().catalogId("77")
            .reportType(CatalogsReportDistributionIssueFilter.ReportTypeEnum.DISTRIBUTION_ISSUES));
    retrofit.create(CatalogReportsApi.class).reportsStats(
        QueryObject.deepObject("parameters", parameters), "549755885175", null, null).execute();

    // Nested objects nest their brackets; Retrofit escapes the brackets themselves.
    assertEquals("/v5/catalogs/reports/stats?parameters%5Bcatalog_type%5D=RETAIL"
        + "&parameters%5Breport%5D%5Bcatalog_id%5D=77"
        + "&parameters%5Breport%5D%5Breport_type%5D=DISTRIBUTION_ISSUES"
        + "&ad_account_id=549755885175", server.takeRequest().getPath());
  }

  @Test
  void queryObjectsNumberArrayItemsAndLeaveNullsOut() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("ids", List.of("a", "b"));
    value.put("limit", 5);
    value.put("gone", null);
    value.put("range", Map.of("min", 1.5));
    assertEquals(Map.of("f[ids][0]", "a", "f[ids][1]", "b", "f[limit]", "5",
        "f[range][min]", "1.5"), QueryObject.deepObject("f", value));
    assertEquals(Map.of("ids[0]", "a", "ids[1]", "b", "limit", "5", "range[min]", "1.5"),
        QueryObject.form("f", value));
  }

  @Test
  void noOperationIsMultipart() {
    // Pinterest's 5.23.0 description has no multipart/form-data request body (media uploads go
    // to a pre-signed URL that media/create returns), so no generated method is @Multipart.
    JsonNode description = SpecFixtures.description();
    assertFalse(description.path("paths").toString().contains("multipart/form-data"));
    for (Method method : SpecFixtures.apiMethods()) {
      assertFalse(method.isAnnotationPresent(Multipart.class), method.toString());
    }
  }

  private static void assertValid(String operationId, String body) throws IOException {
    Set<String> errors = errors(SchemaValidation.requestBody(operationId), body);
    assertEquals(Set.of(), errors, operationId + " body " + body);
  }

  private static Set<String> errors(String pointer, String json) {
    try {
      return SchemaValidation.errors(pointer, SpecFixtures.JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
