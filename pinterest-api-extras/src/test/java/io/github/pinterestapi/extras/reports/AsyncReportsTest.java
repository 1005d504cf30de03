package io.github.pinterestapi.extras.reports;

import static io.github.pinterestapi.testing.TestClients.TOKEN;
import static io.github.pinterestapi.testing.TestClients.json;
import static io.github.pinterestapi.testing.TestClients.taken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.Pinterest;
import io.github.pinterestapi.extras.http.Cancellation;
import io.github.pinterestapi.errors.PollTimeoutException;
import io.github.pinterestapi.extras.http.Poller;
import io.github.pinterestapi.testing.FakeTime;
import io.github.pinterestapi.testing.TestClients;
import io.github.pinterestapi.v5.model.AdsAnalyticsCreateAsyncRequest;
import io.github.pinterestapi.v5.model.BulkReportingJobStatus;
import io.github.pinterestapi.v5.model.Granularity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.github.pinterestapi.errors.ReportCancelledException;
import io.github.pinterestapi.errors.ReportDownloadException;
import io.github.pinterestapi.errors.ReportExpiredException;
import io.github.pinterestapi.errors.ReportFailedException;
import io.github.pinterestapi.errors.ReportNotFoundException;
import io.github.pinterestapi.errors.ReportUnavailableException;

class AsyncReportsTest {
  private static final String ACCOUNT = "549755885175";
  private final MockWebServer api = new MockWebServer();
  private final MockWebServer files = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final Pinterest pinterest = TestClients.against(api, time).build();
  private final AsyncReports reports = AsyncReports.create(pinterest, Poller.builder()
      .initialInterval(Duration.ofSeconds(5)).maxInterval(Duration.ofSeconds(20))
      .timeout(Duration.ofMinutes(2)).clock(time).sleeper(time).build());
  private final AdsAnalyticsCreateAsyncRequest request = new AdsAnalyticsCreateAsyncRequest()
      .startDate("2025-01-01").endDate("2025-01-31").granularity(Granularity.DAY);

  @AfterEach
  void tearDown() throws Exception {
    pinterest.close();
    api.close();
    files.close();
  }

  @Test
  void createsPollsDownloadsAndReadsCsvRowsWithoutSendingTheToken() throws Exception {
    api.enqueue(created());
    api.enqueue(report("IN_PROGRESS", null));
    api.enqueue(report("IN_PROGRESS", null));
    api.enqueue(report("FINISHED", files.url("/reports/r.csv?X-Amz-Signature=abc").toString()));
    files.enqueue(new MockResponse().setBody(
        "\uFEFFCAMPAIGN_ID,CAMPAIGN_NAME,SPEND_IN_DOLLAR\r\n"
            + "626736533506,\"Spring, \"\"big\"\" sale\",12.50\r\n"
            + "626736533507,\"Two\nlines\",0\r\n"));

    ReadyReport report = reports.run(ACCOUNT, request, Cancellation.NONE);
    List<Map<String, String>> rows = new ArrayList<>();
    try (ReportRows<Map<String, String>> csv = report.csvRows()) {
      csv.forEachRemaining(rows::add);
    }

    assertEquals("tok-1", report.token());
    assertFalse(report.toString().contains("Signature"), "the signed URL is a credential");
    assertEquals(2, rows.size());
    assertEquals(Arrays.asList("CAMPAIGN_ID", "CAMPAIGN_NAME", "SPEND_IN_DOLLAR"),
        new ArrayList<>(rows.get(0).keySet()));
    assertEquals("Spring, \"big\" sale", rows.get(0).get("CAMPAIGN_NAME"));
    assertEquals("Two\nlines", rows.get(1).get("CAMPAIGN_NAME"));

    RecordedRequest create = taken(api);
    assertEquals("POST /v5/ad_accounts/" + ACCOUNT + "/reports HTTP/1.1", create.getRequestLine());
    assertEquals("Bearer " + TOKEN, create.getHeader("Authorization"));
    for (int i = 0; i < 3; i++) {
      assertEquals("/v5/ad_accounts/" + ACCOUNT + "/reports?token=tok-1", taken(api).getPath());
    }
    RecordedRequest download = taken(files);
    assertEquals("/reports/r.csv?X-Amz-Signature=abc", download.getPath());
    assertNull(download.getHeader("Authorization"), "the download host must never see the token");
    assertEquals(Arrays.asList(Duration.ofSeconds(5), Duration.ofMillis(7500)),
        time.waits());
  }

  @Test
  void anExpiredReportThrowsReportExpired() {
    api.enqueue(report("IN_PROGRESS", null));
    api.enqueue(report("EXPIRED", null));

    ReportExpiredException e = assertThrows(ReportExpiredException.class,
        () -> reports.await(ACCOUNT, "tok-1", Cancellation.NONE));

    assertEquals(BulkReportingJobStatus.EXPIRED, e.status());
    assertEquals("tok-1", e.token());
    assertEquals(ACCOUNT, e.adAccountId());
    assertTrue(e.getMessage().contains("create it again"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "FAILED, io.github.pinterestapi.errors.ReportFailedException",
    "CANCELLED, io.github.pinterestapi.errors.ReportCancelledException",
    "DOES_NOT_EXIST, io.github.pinterestapi.errors.ReportNotFoundException",
    "EXPIRED, io.github.pinterestapi.errors.ReportExpiredException",
  })
  void everyOtherFinalStatusHasItsOwnException(String status, Class<?> expected) {
    api.enqueue(report(status, null));

    ReportUnavailableException e = assertThrows(ReportUnavailableException.class,
        () -> reports.await(ACCOUNT, "tok-1", Cancellation.NONE));

    assertInstanceOf(expected, e);
    assertEquals(status, e.status().value());
    assertEquals(1, api.getRequestCount(), "a final status ends the polling");
  }

  @Test
  void aReportStillInProgressAtTheDeadlineTimesOut() {
    for (int i = 0; i < 20; i++) {
      api.enqueue(report(i % 2 == 0 ? "IN_PROGRESS" : "QUEUED_IN_A_FUTURE_VERSION", null));
    }

    PollTimeoutException e = assertThrows(PollTimeoutException.class,
        () -> reports.await(ACCOUNT, "tok-1", Cancellation.NONE));

    assertEquals("report tok-1", e.subject());
    assertEquals(Duration.ofMinutes(2), time.totalWait());
  }

  @Test
  void anExpiredDownloadLinkSaysToPollAgain() {
    api.enqueue(report("FINISHED", files.url("/r.csv").toString()));
    files.enqueue(new MockResponse().setResponseCode(403).setBody("<Error>AccessDenied</Error>"));
    ReadyReport report = reports.await(ACCOUNT, "tok-1", Cancellation.NONE);

    ReportDownloadException e = assertThrows(ReportDownloadException.class, report::csvRows);

    assertEquals(403, e.statusCode());
    assertTrue(e.getMessage().contains("poll the report again"), e.getMessage());
  }

  @Test
  void downloadsAsAStreamAndReadsJsonRows() throws Exception {
    api.enqueue(report("FINISHED", files.url("/r.json").toString()));
    String body = "{\"626736533506\":[{\"DATE\":\"2025-01-01\",\"SPEND_IN_MICRO_DOLLAR\":1250000,"
        + "\"AD_ID\":1234567890123456789}]}";
    files.enqueue(new MockResponse().setBody(body));
    files.enqueue(new MockResponse().setBody(body));
    ReadyReport report = reports.await(ACCOUNT, "tok-1", Cancellation.NONE);

    List<Map<String, Object>> rows = new ArrayList<>();
    report.jsonRows().forEachRemaining(rows::add);
    String raw;
    try (InputStream in = report.open()) {
      raw = new String(readAll(in), StandardCharsets.UTF_8);
    }

    assertEquals(1, rows.size());
    assertEquals("1234567890123456789", rows.get(0).get("AD_ID").toString());
    assertEquals(body, raw);
    assertNull(taken(files).getHeader("Authorization"));
    assertNull(taken(files).getHeader("Authorization"));
  }

  private static byte[] readAll(InputStream in) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static MockResponse created() {
    return json(200, "{\"report_status\":\"IN_PROGRESS\",\"token\":\"tok-1\",\"message\":null}");
  }

  private static MockResponse report(String status, String url) {
    return json(200, "{\"report_status\":\"" + status + "\""
        + (url == null ? "" : ",\"url\":\"" + url + "\",\"size\":1024") + "}");
  }
}
