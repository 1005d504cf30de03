package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins down what {@link JsonEquivalence}, which SpecExamplesTest relies on, lets through. */
class JsonEquivalenceTest {
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"a\":1}                          | {\"a\":1.0}",
      "{\"a\":1564768710}                 | {\"a\":1.56476871E9}",
      "{\"a\":1,\"b\":null}               | {\"a\":1}",
      "{\"t\":\"2022-10-13T01:40:29\"}    | {\"t\":\"2022-10-13T01:40:29Z\"}",
      "{\"t\":\"2020-01-01T20:10:40-00:00\"} | {\"t\":\"2020-01-01T20:10:40Z\"}",
      "{\"t\":\"2020-01-01T22:10:40+02:00\"} | {\"t\":\"2020-01-01T20:10:40Z\"}",
      "[null,{\"b\":[1,2]}]               | [null,{\"b\":[1,2]}]"})
  void equivalent(String expected, String actual) throws IOException {
    assertNull(JsonEquivalence.difference(tree(expected), tree(actual)));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"a\":1}                          | {\"a\":\"1\"}",
      "{\"a\":1}                          | {\"a\":2}",
      "{\"a\":1}                          | {\"a\":1,\"b\":2}",
      "{\"a\":1,\"b\":2}                  | {\"a\":1}",
      "{\"a\":[1,2]}                      | {\"a\":[2,1]}",
      "{\"a\":[1,2]}                      | {\"a\":[1,2,null]}",
      "{\"a\":true}                       | {\"a\":\"true\"}",
      "{\"t\":\"2022-10-13T01:40:29\"}    | {\"t\":\"2022-10-13T03:40:29Z\"}",
      "{\"d\":\"2022-10-13\"}             | {\"d\":\"2022-10-13T00:00:00Z\"}",
      "{\"s\":\"Soup\"}                   | {\"s\":\"soup\"}"})
  void different(String expected, String actual) throws IOException {
    assertNotNull(JsonEquivalence.difference(tree(expected), tree(actual)));
  }

  private static JsonNode tree(String json) throws IOException {
    return SpecFixtures.JSON.readTree(json);
  }
}
