package io.github.pinterestapi.extras.reports;

import io.github.pinterestapi.errors.ReportDownloadException;
import io.github.pinterestapi.errors.ReportFormatException;
import io.github.pinterestapi.extras.http.Cancellation;
import io.github.pinterestapi.internal.Origins;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A report Pinterest has finished, with its download link. The link lasts about five minutes:
 * download soon, or poll again with {@link AsyncReports#await} for a fresh one. Every download
 * goes through a client without the Pinterest token, since the link is on another host.
 *
 * <pre>{@code
 * ReadyReport report = reports.run(adAccountId, request, Cancellation.NONE);
 * try (ReportRows<Map<String, String>> rows = report.csvRows()) {
 *   rows.forEachRemaining(row -> System.out.println(row.get("CAMPAIGN_NAME")));
 * }
 * }</pre>
 */
public final class ReadyReport {
  private final String adAccountId;
  private final String token;
  private final String url;
  private final BigDecimal size;
  private final OkHttpClient download;

  ReadyReport(
      String adAccountId, String token, String url, BigDecimal size, OkHttpClient download) {
    this.adAccountId = adAccountId;
    this.token = token;
    this.url = url;
    this.size = size;
    this.download = download;
  }

  public String adAccountId() {
    return adAccountId;
  }

  /** The token the report was created with. */
  public String token() {
    return token;
  }

  /** The presigned download link. It is a credential for the file: do not log it. */
  public String url() {
    return url;
  }

  /** The file's size in bytes as Pinterest reported it, or null. */
  public BigDecimal size() {
    return size;
  }

  /**
   * Starts the download and returns the body as a stream; close it when done.
   *
   * @throws ReportDownloadException when the host refuses or cannot be reached
   */
  public InputStream open() {
    return body().byteStream();
  }

  /**
   * The rows of a CSV report (the default format), keyed by the header's column names. A record
   * over 8 Mi characters throws {@link ReportFormatException}; see {@link #csvRows(int)}.
   */
  public ReportRows<Map<String, String>> csvRows() {
    return csvRows(CsvParser.DEFAULT_MAX_RECORD_CHARS);
  }

  /** As {@link #csvRows()}, with another cap on one record's length, in characters. */
  public ReportRows<Map<String, String>> csvRows(int maxRecordChars) {
    ResponseBody body = body();
    return CsvRows.of(new InputStreamReader(body.byteStream(), StandardCharsets.UTF_8), body,
        maxRecordChars);
  }

  /**
   * The rows of a report created with {@code report_format JSON}. A row over 8 MiB throws
   * {@link ReportFormatException}; see {@link #jsonRows(long)}.
   */
  public ReportRows<Map<String, Object>> jsonRows() {
    return jsonRows(JsonRows.DEFAULT_MAX_ROW_BYTES);
  }

  /** As {@link #jsonRows()}, with another cap on one row's size, in bytes. */
  public ReportRows<Map<String, Object>> jsonRows(long maxRowBytes) {
    ResponseBody body = body();
    return JsonRows.of(body.source(), body, maxRowBytes);
  }

  private ResponseBody body() {
    HttpUrl parsed = HttpUrl.parse(String.valueOf(url));
    if (parsed == null) {
      throw new ReportDownloadException(0, "the report url is not an http(s) URL", null);
    }
    // The query string grants access to the file: never in clear text off this machine.
    Request request = new Request.Builder().url(Origins.requireSecureOrLoopback(parsed)).get().build();
    Response response;
    try {
      response = download.newCall(request).execute();
    } catch (IOException e) {
      throw new ReportDownloadException(0, "network error: " + e, e);
    }
    if (!response.isSuccessful() || response.body() == null) {
      int code = response.code();
      response.close();
      throw new ReportDownloadException(code, code == 403 || code == 404
          ? "the link has probably expired (links last about five minutes); poll the report"
              + " again for a fresh one"
          : "the download host refused the request", null);
    }
    return response.body();
  }

  /** Leaves the URL out: its query string is what grants access to the file. */
  @Override
  public String toString() {
    return "ReadyReport{adAccountId=" + adAccountId + ", token=" + token + ", size=" + size + "}";
  }
}
