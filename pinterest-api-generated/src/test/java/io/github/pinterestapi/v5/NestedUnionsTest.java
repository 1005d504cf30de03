package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.pinterestapi.v5.runtime.BothWays;
import io.github.pinterestapi.v5.runtime.GeneratedAdapters;
import io.github.pinterestapi.v5.runtime.ModelJsonAdapter;
import io.github.pinterestapi.v5.runtime.OneOf;
import io.github.pinterestapi.v5.runtime.PinterestModel;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import io.github.pinterestapi.v5.runtime.SchemaProperties;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Unions nested in unions, to any depth a schema could allow: each union reads its object on
 * readers of its own, whose nesting count starts again, so the union itself bounds the depth.
 * Pinterest has no recursive union yet; this one is.
 */
class NestedUnionsTest {
  @OneOf(value = {Leaf.class, Branch.class}, discriminator = "kind",
      labels = {"LEAF", "BRANCH"}, labelTypes = {Leaf.class, Branch.class})
  interface Node {
  }

  @SchemaProperties(names = {"kind"}, required = {"kind"})
  static final class Leaf extends PinterestModel implements Node {
    String kind;

    @Override
    protected PinterestModel newInstance() {
      return new Leaf();
    }

    @Override
    protected void readJson(int number, JsonReader reader, JsonAdapter<?> adapter)
        throws IOException {
      kind = reader.nextString();
    }

    @Override
    protected void writeJson(JsonWriter writer, JsonAdapter<?>[] adapters) throws IOException {
      writeString(writer, "kind", kind);
    }
  }

  @SchemaProperties(names = {"kind", "child"}, required = {"kind", "child"},
      types = {Object.class, Node.class})
  static final class Branch extends PinterestModel implements Node {
    String kind;
    Node child;

    @Override
    protected PinterestModel newInstance() {
      return new Branch();
    }

    @Override
    protected void readJson(int number, JsonReader reader, JsonAdapter<?> adapter)
        throws IOException {
      if (number == 1) {
        kind = reader.nextString();
      } else {
        child = readValue(adapter, reader);
      }
    }

    @Override
    protected void writeJson(JsonWriter writer, JsonAdapter<?>[] adapters) throws IOException {
      writeString(writer, "kind", kind);
      write(writer, "child", adapters[2], child);
    }
  }

  private static JsonAdapter<Node> nodes() {
    GeneratedAdapters.register(Node.class, moshi -> {
      GeneratedAdapters.register(Leaf.class, m -> new ModelJsonAdapter<>(new Leaf(),
          new JsonAdapter<?>[2], "kind"));
      GeneratedAdapters.register(Branch.class, NestedUnionsTest::branches);
      return GeneratedAdapters.oneOf(Node.class, moshi);
    });
    return PinterestMoshi.get().adapter(Node.class);
  }

  private static JsonAdapter<?> branches(Moshi moshi) {
    return new ModelJsonAdapter<>(new Branch(),
        new JsonAdapter<?>[] {null, null, moshi.adapter(Node.class)}, "kind", "child");
  }

  private static String nested(int depth) {
    return nested(depth, "{\"kind\":\"LEAF\"}");
  }

  private static String nested(int depth, String innermost) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      json.append("{\"kind\":\"BRANCH\",\"child\":");
    }
    json.append(innermost);
    for (int i = 0; i < depth; i++) {
      json.append('}');
    }
    return json.toString();
  }

  @Test
  void unionsNestedAsDeepAsTheLimitDecode() throws IOException {
    Node node = BothWays.decode(nodes(), nested(63));
    for (int i = 0; i < 63; i++) {
      node = assertInstanceOf(Branch.class, node).child;
    }
    assertEquals("LEAF", assertInstanceOf(Leaf.class, node).kind);
  }

  @Test
  void aFailureDeepInNestedUnionsIsNotRetriedWithoutEnd() {
    // The innermost object fits no alternative; each level above then judges its object in full
    // and tries it again, which doubles the work per level: 2^30 tries without the limit.
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> BothWays.decode(nodes(), nested(30, "{\"kind\":\"LEAF\",\"child\":5}")));
    assertTrue(e.getMessage().contains("More than 1000 union alternatives tried"), e.toString());
  }

  @Test
  void unionsNestedBeyondItFailTypedNotWithAStackOverflow() {
    for (int depth : new int[] {64, 100_000}) {
      JsonDataException e = assertThrows(JsonDataException.class,
          () -> BothWays.decode(nodes(), nested(depth)));
      assertTrue(e.getMessage().contains("nested deeper than 64"), e.toString());
    }
  }
}
