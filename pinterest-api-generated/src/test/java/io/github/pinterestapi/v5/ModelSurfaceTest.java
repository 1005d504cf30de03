package io.github.pinterestapi.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import io.github.pinterestapi.v5.api.BoardsApi;
import io.github.pinterestapi.v5.model.CatalogsHotelReportParametersReport;
import io.github.pinterestapi.v5.model.CatalogsHotelReportStatsParametersReport;
import io.github.pinterestapi.v5.model.CatalogsReportAllItemsFilter;
import io.github.pinterestapi.v5.model.CatalogsReportFeedIngestionFilter;
import io.github.pinterestapi.v5.model.ImageMetadata;
import io.github.pinterestapi.v5.model.PinMediaMetadata;
import io.github.pinterestapi.v5.model.PinMediaSource;
import io.github.pinterestapi.v5.model.PinMediaSourceImageBase64;
import io.github.pinterestapi.v5.model.PinMediaSourceImageURL;
import io.github.pinterestapi.v5.model.PinMediaSourceImagesBase64;
import io.github.pinterestapi.v5.model.PinMediaSourceImagesURL;
import io.github.pinterestapi.v5.model.PinMediaSourcePinURL;
import io.github.pinterestapi.v5.model.PinMediaSourceVideoID;
import io.github.pinterestapi.v5.model.Role;
import io.github.pinterestapi.v5.model.VideoMetadataWithItemType;
import io.github.pinterestapi.v5.runtime.Page;
import io.github.pinterestapi.v5.runtime.PinterestMoshi;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What the generated types promise a caller: union accessors, known enums, presets, nullness. */
class ModelSurfaceTest {
  private final JsonAdapter<PinMediaSource> sources =
      PinterestMoshi.get().adapter(PinMediaSource.class);

  /** Names the alternative it visits, as a caller's switch over a union would. */
  private static final class SourceKind implements PinMediaSource.Visitor<String> {
    @Override
    public String visitPinMediaSourceImageBase64(PinMediaSourceImageBase64 value) {
      return "image_base64";
    }

    @Override
    public String visitPinMediaSourceImageURL(PinMediaSourceImageURL value) {
      return "image_url " + value.getUrl();
    }

    @Override
    public String visitPinMediaSourceImagesBase64(PinMediaSourceImagesBase64 value) {
      return "multiple_image_base64";
    }

    @Override
    public String visitPinMediaSourceImagesURL(PinMediaSourceImagesURL value) {
      return "multiple_image_urls";
    }

    @Override
    public String visitPinMediaSourcePinURL(PinMediaSourcePinURL value) {
      return "pin_url";
    }

    @Override
    public String visitPinMediaSourceVideoID(PinMediaSourceVideoID value) {
      return "video_id " + value.getMediaId();
    }
  }

  @Test
  void aDecodedUnionSaysWhichAlternativeItIs() throws Exception {
    PinMediaSource source = sources.fromJson(
        "{\"source_type\":\"image_url\",\"url\":\"https://example.com/a.jpg\"}");

    assertTrue(source.isPinMediaSourceImageURL());
    assertFalse(source.isPinMediaSourceVideoID());
    assertEquals("https://example.com/a.jpg", source.asPinMediaSourceImageURL().getUrl());
    assertEquals("image_url https://example.com/a.jpg", source.accept(new SourceKind()));
    IllegalStateException wrong =
        assertThrows(IllegalStateException.class, source::asPinMediaSourceVideoID);
    assertTrue(wrong.getMessage().contains("PinMediaSourceVideoID"), wrong.getMessage());
    assertTrue(wrong.getMessage().contains("PinMediaSourceImageURL"), wrong.getMessage());

    PinMediaSource video = sources.fromJson("{\"source_type\":\"video_id\",\"media_id\":\"42\"}");
    assertEquals("video_id 42", video.accept(new SourceKind()));
  }

  @Test
  void aClassOfTheCallersOwnIsNoAlternativeToVisit() {
    PinMediaSource stranger = new PinMediaSource() {};

    assertFalse(stranger.isPinMediaSourceImageURL());
    assertThrows(IllegalStateException.class, () -> stranger.accept(new SourceKind()));
  }

  @Test
  void anAnyOfUnionHasTheSameAccessors() {
    PinMediaMetadata metadata = PinMediaMetadata.of(new ImageMetadata().title("Soup"));

    assertTrue(metadata.isImageMetadata());
    assertFalse(metadata.isVideoMetadataWithItemType());
    assertEquals("Soup", metadata.asImageMetadata().getTitle());
    assertThrows(IllegalStateException.class, metadata::asVideoMetadataWithItemType);
    assertEquals("image", metadata.accept(new PinMediaMetadata.Visitor<String>() {
      @Override
      public String visitImageMetadata(ImageMetadata value) {
        return "image";
      }

      @Override
      public String visitVideoMetadataWithItemType(VideoMetadataWithItemType value) {
        return "video";
      }
    }));
  }

  @Test
  void anAlternativeOfTwoUnionsAnswersForBoth() {
    CatalogsReportFeedIngestionFilter filter = new CatalogsReportFeedIngestionFilter();
    CatalogsHotelReportParametersReport report = filter;
    CatalogsHotelReportStatsParametersReport stats = filter;

    assertTrue(report.isCatalogsReportFeedIngestionFilter());
    assertTrue(stats.isCatalogsReportFeedIngestionFilter());
    assertSame(filter, stats.asCatalogsReportFeedIngestionFilter());
    assertFalse(report.isCatalogsReportAllItemsFilter());
    assertThrows(IllegalStateException.class, report::asCatalogsReportAllItemsFilter);
    assertFalse(new CatalogsReportAllItemsFilter().isCatalogsReportFeedIngestionFilter());
  }

  @Test
  void aConstantDiscriminatorIsPresetAndDecodingInventsNothing() throws Exception {
    JsonAdapter<PinMediaSourceImageURL> images =
        PinterestMoshi.get().adapter(PinMediaSourceImageURL.class);
    PinMediaSourceImageURL built = new PinMediaSourceImageURL().url("https://example.com/a.jpg");

    assertEquals("{\"source_type\":\"image_url\",\"url\":\"https://example.com/a.jpg\"}",
        images.toJson(built));
    assertEquals(built, sources.fromJson(sources.toJson(built)));

    // JSON without the label decodes without it, and writes back what it read.
    PinMediaSourceImageURL read = images.fromJson("{\"url\":\"https://example.com/a.jpg\"}");
    assertNull(read.getSourceType());
    assertEquals("{\"url\":\"https://example.com/a.jpg\"}", images.toJson(read));
    assertEquals(read, images.fromJson(images.toJson(read)));
  }

  @Test
  void anOpenEnumSwitchesOnKnownValuesAndKeepsUnknownOnes() {
    assertEquals(Role.Known.ADMIN, Role.of("ADMIN").known());
    // Pinterest lists "UNKNOWN" itself, so the library's own member is _UNKNOWN.
    assertEquals(Role.Known.UNKNOWN, Role.UNKNOWN.known());
    Role later = Role.of("SUPPORT_AGENT");
    assertEquals(Role.Known._UNKNOWN, later.known());
    assertEquals("SUPPORT_AGENT", later.value());
    assertEquals(Role.values().size() + 1, Role.Known.values().length);
    for (Role role : Role.values()) {
      assertEquals(role.value(), role.known().name());
    }
    assertEquals(PinMediaSourceImageURL.SourceTypeEnum.Known.IMAGE_URL,
        PinMediaSourceImageURL.SourceTypeEnum.IMAGE_URL.known());
  }

  @Test
  void nullnessFollowsTheDescription() throws Exception {
    assertNotNull(PinMediaSourceImageURL.class.getPackage().getAnnotation(NullMarked.class));
    assertNotNull(BoardsApi.class.getPackage().getAnnotation(NullMarked.class));
    assertNotNull(Page.class.getPackage().getAnnotation(NullMarked.class));
    Class<?> image = PinMediaSourceImageURL.class;
    // is_standard is optional; url is required.
    assertTrue(nullable(image.getMethod("getIsStandard").getAnnotatedReturnType()));
    assertTrue(nullable(image.getMethod("isStandard", Boolean.class).getAnnotatedParameterTypes()[0]));
    assertFalse(nullable(image.getMethod("getUrl").getAnnotatedReturnType()));
    assertFalse(nullable(image.getMethod("url", String.class).getAnnotatedParameterTypes()[0]));
    Method list = null;
    for (Method method : BoardsApi.class.getMethods()) {
      list = method.getName().equals("boardsList") ? method : list;
    }
    assertNotNull(list);
    for (AnnotatedType parameter : list.getAnnotatedParameterTypes()) {
      assertTrue(nullable(parameter), "boards/list takes optional parameters only");
    }
  }

  private static boolean nullable(AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class);
  }
}
