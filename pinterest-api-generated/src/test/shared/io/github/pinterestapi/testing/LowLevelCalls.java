package io.github.pinterestapi.testing;

import io.github.pinterestapi.v5.runtime.PinterestOperation;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.Header;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * Calls of the positional Retrofit interfaces, for the tests of that low level (execute, paging
 * and error mapping on a raw {@code Call}), with arguments given by Pinterest's parameter names.
 * Upstream reordering or adding optional parameters then changes nothing here: every parameter
 * not named is null, and a name the method lacks fails the test.
 *
 * <p>A test source root of pinterest-api-generated and pinterest-api-extras: one copy for both.
 *
 * <pre>{@code
 * Call<Pin> call = LowLevelCalls.call(pinterest.api(PinsApi.class), "pins/get", "pin_id", "123");
 * }</pre>
 */
public final class LowLevelCalls {
  private static final String QUERY_MAP = "@QueryMap";

  private LowLevelCalls() {}

  /**
   * The call of {@code method} on {@code api}, named by its operationId ({@code "pins/get"}) or
   * its Java name ({@code "pinsGet"}); {@code namesAndValues} alternate a parameter's
   * name as Pinterest spells it ({@code "page_size"}, or {@code "body"}) and its value.
   */
  @SuppressWarnings("unchecked")
  public static <T> Call<T> call(Object api, String method, Object... namesAndValues) {
    Map<String, Object> given = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      given.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    Method found = null;
    for (Method candidate : api.getClass().getInterfaces()[0].getMethods()) {
      PinterestOperation operation = candidate.getAnnotation(PinterestOperation.class);
      if (candidate.getName().equals(method)
          || operation != null && operation.id().equals(method)) {
        found = candidate;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no method " + method + " on " + api);
    }
    Annotation[][] annotations = found.getParameterAnnotations();
    Object[] args = new Object[annotations.length];
    for (int i = 0; i < args.length; i++) {
      String name = nameOf(annotations[i]);
      if (given.containsKey(name)) {
        args[i] = given.remove(name);
      }
    }
    // A @QueryMap (a deepObject or form parameter) has no name in its annotation: it takes the
    // one value left over, given under the query parameter's name.
    for (int i = 0; i < args.length; i++) {
      if (QUERY_MAP.equals(nameOf(annotations[i])) && given.size() == 1) {
        args[i] = given.remove(given.keySet().iterator().next());
      }
    }
    if (!given.isEmpty()) {
      throw new IllegalArgumentException(method + " has no parameters " + given.keySet());
    }
    try {
      return (Call<T>) found.invoke(api, args);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nameOf(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof Path) {
        return ((Path) a).value();
      } else if (a instanceof Query) {
        return ((Query) a).value();
      } else if (a instanceof Header) {
        return ((Header) a).value();
      } else if (a instanceof Field) {
        return ((Field) a).value();
      } else if (a instanceof Body) {
        return "body";
      } else if (a instanceof QueryMap) {
        return QUERY_MAP;
      }
    }
    return "";
  }
}
