package io.github.pinterestapi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.errors.PinterestApiException;
import io.github.pinterestapi.v5.model.AdAccount;
import io.github.pinterestapi.v5.model.AdsAnalyticsCreateAsyncRequest;
import io.github.pinterestapi.v5.model.AdsAnalyticsGetAsyncResponse;
import io.github.pinterestapi.v5.model.BulkReportingJobStatus;
import io.github.pinterestapi.v5.model.DataOutputFormat;
import io.github.pinterestapi.v5.model.Granularity;
import io.github.pinterestapi.v5.model.MetricsReportingLevel;
import io.github.pinterestapi.v5.model.ReportingColumnAsync;
import io.github.pinterestapi.v5.params.AnalyticsCreateReportParams;
import io.github.pinterestapi.v5.params.AnalyticsGetReportParams;
import java.io.IOException;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Async reports: create, poll from IN_PROGRESS to FINISHED, download without the token. */
class ReportsTest {
  @RegisterExtension
  final FakePinterest fake = FakePinterest.builder().reportPolls(2).build();

  private Pinterest pinterest;
  private String adAccountId;

  @BeforeEach
  void client() {
    pinterest = Clients.client(fake);
    List<AdAccount> accounts = pinterest.adAccounts().list().getItems();
    assertEquals(1, accounts.size());
    adAccountId = accounts.get(0).getId();
  }

  @AfterEach
  void closeClient() {
    pinterest.close();
  }

  @Test
  void reportFinishesAfterPollsAndDownloadsAsCsv() throws IOException {
    String token = pinterest.adAccounts().analyticsCreateReport(
        AnalyticsCreateReportParams.builder()
            .adAccountId(adAccountId)
            .body(request(null))
            .build()).getToken();
    assertEquals(BulkReportingJobStatus.IN_PROGRESS, poll(token).getReportStatus());
    assertEquals(BulkReportingJobStatus.IN_PROGRESS, poll(token).getReportStatus());
    AdsAnalyticsGetAsyncResponse finished = poll(token);
    assertEquals(BulkReportingJobStatus.FINISHED, finished.getReportStatus());
    assertTrue(finished.getUrl().startsWith(fake.storageUrl()), finished.getUrl());

    String csv;
    try (Response response = pinterest.httpClient()
        .newCall(new Request.Builder().url(finished.getUrl()).build()).execute()) {
      assertEquals(200, response.code());
      csv = response.body().string();
    }
    String[] lines = csv.split("\n");
    assertEquals("AD_ACCOUNT_ID,DATE,SPEND_IN_DOLLAR,TOTAL_IMPRESSION", lines[0]);
    assertEquals(4, lines.length, "a header and three days");
    assertTrue(lines[1].startsWith(adAccountId + ",2024-01-01,"));
    assertEquals(finished.getSize().intValue(), csv.length());
    assertTrue(fake.authorizationLeaks().isEmpty(), "the client kept its token to itself");
  }

  @Test
  void jsonReportsAreJson() throws IOException {
    String token = pinterest.adAccounts().analyticsCreateReport(
        AnalyticsCreateReportParams.builder()
            .adAccountId(adAccountId)
            .body(request(DataOutputFormat.JSON))
            .build()).getToken();
    poll(token);
    poll(token);
    String url = poll(token).getUrl();
    try (Response response = Clients.HTTP.newCall(new Request.Builder().url(url).build()).execute()) {
      String body = response.body().string();
      assertTrue(body.startsWith("{\"" + adAccountId + "\":[{"), body);
    }
  }

  @Test
  void downloadWithAuthorizationIsRefused() {
    String token = pinterest.adAccounts().analyticsCreateReport(
        AnalyticsCreateReportParams.builder()
            .adAccountId(adAccountId)
            .body(request(null))
            .build()).getToken();
    poll(token);
    poll(token);
    String url = poll(token).getUrl();
    Clients.Raw raw = Clients.execute(new Request.Builder().url(url)
        .header("Authorization", "Bearer " + fake.accessToken()).build());
    assertEquals(400, raw.status);
    assertEquals(1, fake.authorizationLeaks().size());
  }

  @Test
  void unknownTokenAndMissingFieldsAreRefused() {
    PinterestApiException unknown = assertThrows(PinterestApiException.class, () -> poll("nope"));
    assertEquals(400, unknown.statusCode());
    PinterestApiException missing = assertThrows(PinterestApiException.class,
        () -> pinterest.adAccounts().analyticsCreateReport(AnalyticsCreateReportParams.builder()
            .adAccountId(adAccountId)
            .body(new AdsAnalyticsCreateAsyncRequest().startDate("2024-01-01"))
            .build()));
    assertEquals("'end_date' is a required property", missing.pinterestMessage());
    RecordedCall last = fake.requests().get(fake.requests().size() - 1);
    assertEquals("analytics/create_report", last.operationId());
    assertEquals(400, last.status());
  }

  private AdsAnalyticsGetAsyncResponse poll(String token) {
    return pinterest.adAccounts().analyticsGetReport(AnalyticsGetReportParams.builder()
        .adAccountId(adAccountId)
        .token(token)
        .build());
  }

  private static AdsAnalyticsCreateAsyncRequest request(DataOutputFormat format) {
    return new AdsAnalyticsCreateAsyncRequest().startDate("2024-01-01").endDate("2024-01-03")
        .granularity(Granularity.DAY).level(MetricsReportingLevel.ADVERTISER)
        .columns(List.of(ReportingColumnAsync.SPEND_IN_DOLLAR, ReportingColumnAsync.TOTAL_IMPRESSION))
        .reportFormat(format);
  }
}
