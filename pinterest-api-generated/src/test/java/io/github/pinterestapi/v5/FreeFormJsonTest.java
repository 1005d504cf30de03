package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.v5.model.DetailedError;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A free-form property ({@code type: object} with no properties) keeps what Pinterest sent. */
class FreeFormJsonTest {
  private final JsonAdapter<DetailedError> errors = PinterestMoshi.get().adapter(DetailedError.class);

  @Test
  void numbersStayExactAndNullMembersStay() throws Exception {
    String json = "{\"code\":1,\"details\":{\"id\":12345678901234567890,\"ratio\":0.1,"
        + "\"count\":7,\"gone\":null,\"nested\":[{\"x\":null}]},\"message\":\"m\"}";
    DetailedError error = errors.fromJson(json);
    Map<?, ?> details = (Map<?, ?>) error.getDetails();
    assertEquals(new BigDecimal("12345678901234567890"), details.get("id"));
    assertEquals(7L, details.get("count"));
    assertEquals(json, errors.toJson(error));
    assertEquals(error, errors.fromJson(errors.toJson(error)));
  }
}
