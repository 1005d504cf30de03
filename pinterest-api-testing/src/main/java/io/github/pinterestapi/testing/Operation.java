package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One Pinterest operation as its generated {@link PinterestOperation} annotation describes it. */
final class Operation {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

  final String id;
  final String method;
  final String template;
  final String rateLimitCategory;
  /** Literal segments: {@code pins/analytics} must win over {@code pins/{pin_id}}. */
  final int literalSegments;
  private final Pattern pattern;
  private final List<String> parameters;

  Operation(PinterestOperation annotation) {
    this.id = annotation.id();
    this.method = annotation.method();
    this.template = annotation.path();
    this.rateLimitCategory = annotation.rateLimitCategory().isEmpty()
        ? "default" : annotation.rateLimitCategory();
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder();
    int literals = 0;
    for (String segment : template.split("/", -1)) {
      if (regex.length() > 0) {
        regex.append('/');
      }
      Matcher parameter = PARAMETER.matcher(segment);
      if (parameter.matches()) {
        names.add(parameter.group(1));
        regex.append("([^/]+)");
      } else {
        literals++;
        regex.append(Pattern.quote(segment));
      }
    }
    this.pattern = Pattern.compile(regex.toString());
    this.parameters = Collections.unmodifiableList(names);
    this.literalSegments = literals;
  }

  /** The path parameters when {@code path} (relative to {@code /v5/}) fits, else null. */
  Map<String, String> match(String path) {
    Matcher matcher = pattern.matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      values.put(parameters.get(i), matcher.group(i + 1));
    }
    return values;
  }

  @Override
  public String toString() {
    return id + " (" + method + " /v5/" + template + ")";
  }
}
