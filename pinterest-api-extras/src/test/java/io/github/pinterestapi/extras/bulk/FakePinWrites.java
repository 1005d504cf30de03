package io.github.pinterestapi.extras.bulk;

import static io.github.pinterestapi.testing.TestClients.json;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Answers Pin and board writes by their title or name, so tests with several threads do not
 * depend on the order requests arrive in. Counts how often each title arrived.
 */
final class FakePinWrites extends Dispatcher {
  private static final Pattern TITLE = Pattern.compile("\"(?:title|name)\":\"([^\"]+)\"");

  final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
  /** Gets the title and how often it arrived (1 the first time); null answers normally. */
  private final BiFunction<String, Integer, MockResponse> fault;

  FakePinWrites(BiFunction<String, Integer, MockResponse> fault) {
    this.fault = fault;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Matcher title = TITLE.matcher(request.getBody().readUtf8());
    if (!title.find()) {
      return json(400, "{\"code\":1,\"message\":\"no title\"}");
    }
    String name = title.group(1);
    int arrival = arrivals.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
    MockResponse faulty = fault.apply(name, arrival);
    if (faulty != null) {
      return faulty;
    }
    return json(201, "{\"id\":\"id-" + name + "\",\"title\":\"" + name + "\"}");
  }

  int arrivals(String title) {
    AtomicInteger count = arrivals.get(title);
    return count == null ? 0 : count.get();
  }
}
