/**
 * Async ad-account reports: {@link io.github.pinterestapi.extras.reports.AsyncReports} creates and
 * polls, {@link io.github.pinterestapi.extras.reports.ReadyReport} downloads without the token and
 * reads rows lazily, with {@link io.github.pinterestapi.extras.reports.CsvParser} for CSV and
 * Moshi's streaming reader for JSON.
 */
@NullMarked
package io.github.pinterestapi.extras.reports;

import org.jspecify.annotations.NullMarked;
