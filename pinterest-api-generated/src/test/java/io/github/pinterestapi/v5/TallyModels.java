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
 * adapters written the way the generator writes them.
 */
final class TallyModels {
  private TallyModels() {}

  /** A Moshi that knows the union, its alternatives and their nested models. */
  static Moshi moshi() {
    GeneratedAdapters.register(Tally.class, moshi -> {
      GeneratedAdapters.register(Counted.class, TallyAdapter::counted);
      GeneratedAdapters.register(Worded.class, TallyAdapter::worded);
      return GeneratedAdapters.oneOf(Tally.class, moshi);
    });
    return PinterestMoshi.get();
  }

  @OneOf(value = {Counted.class, Worded.class}, discriminator = "kind",
      labels = {"COUNTED", "WORDED"}, labelTypes = {Counted.class, Worded.class})
  interface Tally {
  }

  @SchemaProperties(names = {"kind", "value", "detail"}, required = {"kind", "value"},
      types = {Object.class, Object.class, Both.class})
  static final class Counted extends PinterestModel implements Tally {
    String kind;
    Long value;
    Both detail;
  }

  @SchemaProperties(names = {"kind", "value", "detail"}, required = {"kind", "value"},
      types = {Object.class, Object.class, One.class})
  static final class Worded extends PinterestModel implements Tally {
    String kind;
    String value;
    One detail;
  }

  /** Both alternatives' adapter: a number and a {@link Both}, or words and a {@link One}. */
  static final class TallyAdapter extends ModelJsonAdapter<PinterestModel> {
    private final boolean counted;
    private final JsonAdapter<? extends XY> details;

    private TallyAdapter(Moshi moshi, boolean counted) {
      super(counted ? "Counted" : "Worded", "kind", "value", "detail");
      this.counted = counted;
      details = counted ? GeneratedAdapters.adapter(moshi, Both.class, XY.Adapter::both)
          : GeneratedAdapters.adapter(moshi, One.class, XY.Adapter::one);
    }

    static JsonAdapter<?> counted(Moshi moshi) {
      return new TallyAdapter(moshi, true);
    }

    static JsonAdapter<?> worded(Moshi moshi) {
      return new TallyAdapter(moshi, false);
    }

    @Override
    protected PinterestModel newModel() {
      return counted ? new Counted() : new Worded();
    }

    @Override
    protected void read(int number, JsonReader reader, PinterestModel target) throws IOException {
      if (counted) {
        Counted model = (Counted) target;
        if (number == 1) {
          model.kind = reader.nextString();
        } else if (number == 2) {
          model.value = reader.nextLong();
        } else {
          model.detail = (Both) details.fromJson(reader);
        }
      } else {
        Worded model = (Worded) target;
        if (number == 1) {
          model.kind = reader.nextString();
        } else if (number == 2) {
          model.value = reader.nextString();
        } else {
          model.detail = (One) details.fromJson(reader);
        }
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void write(JsonWriter writer, PinterestModel target) throws IOException {
      JsonAdapter<XY> nested = (JsonAdapter<XY>) details;
      if (counted) {
        Counted value = (Counted) target;
        writeString(writer, "kind", value.kind, value);
        writeLong(writer, "value", value.value, value);
        write(writer, "detail", nested, value.detail, value);
      } else {
        Worded value = (Worded) target;
        writeString(writer, "kind", value.kind, value);
        writeString(writer, "value", value.value, value);
        write(writer, "detail", nested, value.detail, value);
      }
    }
  }

  /** Both nested models: x and y. */
  abstract static class XY extends PinterestModel {
    Long x;
    Long y;

    static final class Adapter<T extends XY> extends ModelJsonAdapter<T> {
      private final boolean both;

      private Adapter(boolean both) {
        super(both ? "Both" : "One", "x", "y");
        this.both = both;
      }

      static JsonAdapter<Both> both(Moshi moshi) {
        return new Adapter<>(true);
      }

      static JsonAdapter<One> one(Moshi moshi) {
        return new Adapter<>(false);
      }

      @Override
      protected PinterestModel newModel() {
        return both ? new Both() : new One();
      }

      @Override
      protected void read(int number, JsonReader reader, PinterestModel target) throws IOException {
        XY model = (XY) target;
        if (number == 1) {
          model.x = reader.nextLong();
        } else {
          model.y = reader.nextLong();
        }
      }

      @Override
      protected void write(JsonWriter writer, PinterestModel target) throws IOException {
        XY value = (XY) target;
        writeLong(writer, "x", value.x, value);
        writeLong(writer, "y", value.y, value);
      }
    }
  }

  @SchemaProperties(names = {"x", "y"}, required = {"x", "y"})
  static final class Both extends XY {
  }

  @SchemaProperties(names = {"x", "y"}, required = {"x"})
  static final class One extends XY {
  }
}
