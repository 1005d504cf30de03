package io.github.pinterestapi.v5;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.pinterestapi.v5.runtime.GeneratedAdapters;
import io.github.pinterestapi.v5.runtime.ModelJsonAdapter;
import io.github.pinterestapi.v5.runtime.OneOf;
import io.github.pinterestapi.v5.runtime.PinterestModel;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import io.github.pinterestapi.v5.runtime.SchemaProperties;
import java.io.IOException;

/**
 * A union of two alternatives with the same keys, for the cases Pinterest's has none of, with
 * JSON hooks and adapters written the way the generator writes them.
 */
final class TallyModels {
  private TallyModels() {}

  /** A Moshi that knows the union, its alternatives and their nested models. */
  static Moshi moshi() {
    GeneratedAdapters.register(Tally.class, moshi -> {
      GeneratedAdapters.register(Counted.class, Counted::adapter);
      GeneratedAdapters.register(Worded.class, Worded::adapter);
      return GeneratedAdapters.oneOf(Tally.class, moshi);
    });
    return PinterestMoshi.get();
  }

  @OneOf(value = {Counted.class, Worded.class}, discriminator = "kind",
      labels = {"COUNTED", "WORDED"}, labelTypes = {Counted.class, Worded.class})
  interface Tally {
  }

  /** What both alternatives hold: a kind, a value each reads its own way, a nested detail. */
  abstract static class Alternative extends PinterestModel implements Tally {
    String kind;
    XY detail;

    static JsonAdapter<?> adapter(Alternative prototype, JsonAdapter<?> details) {
      return new ModelJsonAdapter<>(prototype, new JsonAdapter<?>[] {null, null, null, details},
          "kind", "value", "detail");
    }

    abstract void readTally(JsonReader reader) throws IOException;

    abstract void writeTally(JsonWriter writer) throws IOException;

    @Override
    protected void readJson(int number, JsonReader reader, JsonAdapter<?> adapter)
        throws IOException {
      if (number == 1) {
        kind = reader.nextString();
      } else if (number == 2) {
        readTally(reader);
      } else {
        detail = readValue(adapter, reader);
      }
    }

    @Override
    protected void writeJson(JsonWriter writer, JsonAdapter<?>[] adapters) throws IOException {
      writeString(writer, "kind", kind);
      writeTally(writer);
      write(writer, "detail", adapters[3], detail);
    }
  }

  @SchemaProperties(names = {"kind", "value", "detail"}, required = {"kind", "value"},
      types = {Object.class, Object.class, Both.class})
  static final class Counted extends Alternative {
    Long value;

    static JsonAdapter<?> adapter(Moshi moshi) {
      return adapter(new Counted(), GeneratedAdapters.adapter(moshi, Both.class, XY::both));
    }

    @Override
    protected PinterestModel newInstance() {
      return new Counted();
    }

    @Override
    void readTally(JsonReader reader) throws IOException {
      value = reader.nextLong();
    }

    @Override
    void writeTally(JsonWriter writer) throws IOException {
      writeLong(writer, "value", value);
    }
  }

  @SchemaProperties(names = {"kind", "value", "detail"}, required = {"kind", "value"},
      types = {Object.class, Object.class, One.class})
  static final class Worded extends Alternative {
    String value;

    static JsonAdapter<?> adapter(Moshi moshi) {
      return adapter(new Worded(), GeneratedAdapters.adapter(moshi, One.class, XY::one));
    }

    @Override
    protected PinterestModel newInstance() {
      return new Worded();
    }

    @Override
    void readTally(JsonReader reader) throws IOException {
      value = reader.nextString();
    }

    @Override
    void writeTally(JsonWriter writer) throws IOException {
      writeString(writer, "value", value);
    }
  }

  /** Both nested models: x and y. */
  abstract static class XY extends PinterestModel {
    Long x;
    Long y;

    static JsonAdapter<Both> both(Moshi moshi) {
      return new ModelJsonAdapter<>(new Both(), new JsonAdapter<?>[3], "x", "y");
    }

    static JsonAdapter<One> one(Moshi moshi) {
      return new ModelJsonAdapter<>(new One(), new JsonAdapter<?>[3], "x", "y");
    }

    @Override
    protected void readJson(int number, JsonReader reader, JsonAdapter<?> adapter)
        throws IOException {
      if (number == 1) {
        x = reader.nextLong();
      } else {
        y = reader.nextLong();
      }
    }

    @Override
    protected void writeJson(JsonWriter writer, JsonAdapter<?>[] adapters) throws IOException {
      writeLong(writer, "x", x);
      writeLong(writer, "y", y);
    }
  }

  @SchemaProperties(names = {"x", "y"}, required = {"x", "y"})
  static final class Both extends XY {
    @Override
    protected PinterestModel newInstance() {
      return new Both();
    }
  }

  @SchemaProperties(names = {"x", "y"}, required = {"x"})
  static final class One extends XY {
    @Override
    protected PinterestModel newInstance() {
      return new One();
    }
  }
}
