package io.github.pinterestapi.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic, realistic Pinterest JSON: pins as {@code GET /pins/{id}} and {@code GET /pins}
 * return them, with media of every kind, metrics and nested objects. The same index always gives
 * the same bytes, so every variant of a benchmark decodes exactly the same input.
 */
public final class PinJson {
  /** Pinterest's largest page. */
  public static final int PAGE_SIZE = 250;

  private static final String[] WORDS = {"kitchen", "linen", "oak", "minimal", "garden", "autumn",
      "recipe", "sourdough", "ceramic", "Scandinavian", "café", "terracotta", "weekend", "DIY",
      "palette", "cozy", "vintage", "pastel", "loft", "morning"};

  private PinJson() {}

  /** One pin, as {@code GET /pins/{id}} returns it with {@code pin_metrics=true}. */
  public static String pin(long index) {
    StringBuilder out = new StringBuilder(2600);
    appendPin(out, index);
    return out.toString();
  }

  /** A page of {@code count} pins starting at {@code first}, ending with {@code bookmark} (or null). */
  public static String page(long first, int count, String bookmark) {
    StringBuilder out = new StringBuilder(count * 2200 + 64);
    out.append("{\"items\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(',');
      }
      appendPin(out, first + i);
    }
    out.append("],\"bookmark\":");
    if (bookmark == null) {
      out.append("null");
    } else {
      out.append('"').append(bookmark).append('"');
    }
    return out.append('}').toString();
  }

  /** {@link #page} as UTF-8 bytes. */
  public static byte[] pageBytes(long first, int count, String bookmark) {
    return page(first, count, bookmark).getBytes(StandardCharsets.UTF_8);
  }

  /** The id of the pin at {@code index}: 18 digits, like Pinterest's. */
  public static String pinId(long index) {
    return Long.toString(813_000_000_000_000_000L + index * 7919L);
  }

  private static void appendPin(StringBuilder out, long i) {
    out.append("{\"id\":\"").append(pinId(i)).append('"')
        .append(",\"created_at\":\"2024-").append(two(1 + i % 12)).append('-')
        .append(two(1 + i % 28)).append('T').append(two(i % 24)).append(':')
        .append(two(i % 60)).append(":").append(two((i * 7) % 60)).append('"')
        .append(",\"link\":\"https://www.example-shop.com/products/").append(words(i, 3, '-'))
        .append("?utm_source=pinterest&utm_campaign=spring_").append(i % 97).append('"')
        .append(",\"title\":\"").append(capitalised(words(i + 3, 6, ' '))).append('"')
        .append(",\"description\":\"").append(capitalised(words(i + 5, 52, ' ')))
        .append(". \\\"Saved\\\" from the shop \\u2014 see more ideas.\"")
        .append(",\"dominant_color\":\"#").append(hex(i * 2654435761L, 6)).append('"')
        .append(",\"alt_text\":").append(i % 3 == 0 ? "null" : "\"" + words(i + 1, 8, ' ') + "\"")
        .append(",\"board_id\":\"").append(549_755_813_888L + i % 40).append('"')
        .append(",\"board_section_id\":").append(i % 4 == 0 ? "\"" + (5_000_000L + i % 9) + "\"" : "null")
        .append(",\"board_owner\":{\"username\":\"studio_").append(WORDS[(int) (i % WORDS.length)]).append("\"}")
        .append(",\"is_owner\":").append(i % 5 != 0)
        .append(",\"is_standard\":").append(i % 7 != 0)
        .append(",\"has_been_promoted\":").append(i % 11 == 0)
        .append(",\"creative_type\":\"").append(creativeType(i)).append('"')
        .append(",\"parent_pin_id\":").append(i % 6 == 0 ? "\"" + pinId(i + 100_000) + "\"" : "null")
        .append(",\"media\":");
    appendMedia(out, i);
    out.append(",\"pin_metrics\":{\"90d\":{\"pin_click\":").append(i % 50)
        .append(",\"impression\":").append(100 + i % 977).append(",\"clickthrough\":").append(i % 13)
        .append("},\"lifetime_metrics\":{\"pin_click\":").append(3 * (i % 50))
        .append(",\"impression\":").append(1000 + i % 9973).append(",\"clickthrough\":")
        .append(i % 31).append(",\"reaction\":").append(i % 17).append(",\"comment\":")
        .append(i % 5).append("}}}");
  }

  private static void appendMedia(StringBuilder out, long i) {
    int kind = (int) (i % 20);
    if (kind < 13) {
      out.append("{\"media_type\":\"image\",\"images\":");
      appendImages(out, i);
      out.append('}');
    } else if (kind < 16) {
      appendVideo(out, i, "{\"media_type\":\"video\",");
      out.append(",\"images\":");
      appendImages(out, i);
      out.append('}');
    } else if (kind < 19) {
      out.append("{\"media_type\":\"multiple_images\",\"items\":[");
      for (int k = 0; k < 3; k++) {
        out.append(k > 0 ? "," : "");
        appendImageItem(out, i * 3 + k);
      }
      out.append("]}");
    } else {
      out.append("{\"media_type\":\"multiple_mixed\",\"items\":[");
      appendImageItem(out, i * 3);
      appendVideo(out, i, ",{\"item_type\":\"video\",");
      out.append("}]}");
    }
  }

  private static void appendImageItem(StringBuilder out, long i) {
    out.append("{\"item_type\":\"image\",\"title\":\"").append(capitalised(words(i, 4, ' ')))
        .append("\",\"description\":\"").append(words(i + 2, 10, ' '))
        .append("\",\"link\":\"https://www.example-shop.com/p/").append(i)
        .append("\",\"images\":");
    appendImages(out, i);
    out.append('}');
  }

  private static void appendVideo(StringBuilder out, long i, String open) {
    String key = hex(i * 0x9E3779B97F4A7C15L, 32);
    out.append(open)
        .append("\"cover_image_url\":\"https://i.pinimg.com/videos/thumbnails/originals/")
        .append(key, 0, 2).append('/').append(key, 2, 4).append('/').append(key).append(".0000000.jpg\"")
        .append(",\"video_url\":\"https://v1.pinimg.com/videos/mc/720p/").append(key, 0, 2)
        .append('/').append(key).append(".mp4\"")
        .append(",\"duration\":").append(5 + i % 55).append('.').append(i % 1000)
        .append(",\"height\":").append(1280).append(",\"width\":").append(720);
  }

  private static void appendImages(StringBuilder out, long i) {
    String key = hex(i * 0xC2B2AE3D27D4EB4FL, 32);
    out.append('{');
    appendImage(out, "150x150", key, 150, 150);
    out.append(',');
    appendImage(out, "400x300", key, 400, 300);
    out.append(',');
    appendImage(out, "600x", key, 600, 600 + (int) (i % 300));
    out.append(',');
    appendImage(out, "1200x", key, 1200, 1200 + (int) (i % 600));
    out.append('}');
  }

  private static void appendImage(StringBuilder out, String size, String key, int w, int h) {
    out.append('"').append(size).append("\":{\"width\":").append(w).append(",\"height\":").append(h)
        .append(",\"url\":\"https://i.pinimg.com/").append(size).append('/').append(key, 0, 2)
        .append('/').append(key, 2, 4).append('/').append(key, 4, 6).append('/').append(key)
        .append(".jpg\"}");
  }

  private static String creativeType(long i) {
    int kind = (int) (i % 20);
    return kind < 13 ? "REGULAR" : kind < 16 ? "VIDEO" : kind < 19 ? "CAROUSEL" : "IDEA";
  }

  private static String words(long seed, int count, char separator) {
    StringBuilder out = new StringBuilder(count * 8);
    long x = seed * 6364136223846793005L + 1442695040888963407L;
    for (int k = 0; k < count; k++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      if (k > 0) {
        out.append(separator);
      }
      out.append(WORDS[(int) ((x >>> 33) % WORDS.length)]);
    }
    return out.toString();
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String two(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }

  private static String hex(long seed, int digits) {
    StringBuilder out = new StringBuilder(digits);
    long x = seed;
    while (out.length() < digits) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      String part = Long.toHexString(x);
      out.append(part, 0, Math.min(part.length(), digits - out.length()));
    }
    return out.toString();
  }
}
