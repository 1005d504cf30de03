package io.github.pinterestapi.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pinterestapi.v5.model.AdAccountGetSubscriptionResponse;
import io.github.pinterestapi.v5.model.AmazonConnectRequest;
import io.github.pinterestapi.v5.model.MediaUpload;
import io.github.pinterestapi.v5.model.Pin;
import io.github.pinterestapi.v5.runtime.SchemaProperties;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * No generated model prints a secret: every String property of every model whose name says it is
 * secret is masked, and signed query parameters are masked in every other String property.
 * The rule here is the issue's, written independently of the code under test.
 */
class SecretToStringTest {
  private static final String PACKAGE = "io/github/pinterestapi/v5/model/";
  private static final String SIGNED_URL =
      "https://uploads.example.com/x?X-Amz-Credential=CREDVALUE&X-Amz-Signature=SIGVALUE"
          + "&sig=SIGTWO&token=TOKVALUE&keep=shown";

  private static boolean secretByName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith("token_type") || n.endsWith("_expires_in") || n.endsWith("_expires_at")
        || n.equals("token_type_hint")) {
      return false;
    }
    return n.endsWith("_key") || n.contains("secret") && !n.equals("is_secret")
        && !n.endsWith("_secret_pins") || n.contains("token") || n.contains("passcode")
        || n.contains("password");
  }

  @Test
  void theIssuesExamplesAreMasked() {
    AmazonConnectRequest amazon = new AmazonConnectRequest().oneTimePasscode("123456");
    assertFalse(amazon.toString().contains("123456"), amazon.toString());
    AdAccountGetSubscriptionResponse subscription =
        new AdAccountGetSubscriptionResponse().cryptographicKey("KEYVALUE");
    assertFalse(subscription.toString().contains("KEYVALUE"), subscription.toString());
    MediaUpload upload = new MediaUpload().uploadUrl(SIGNED_URL);
    String shown = upload.toString();
    for (String secret : new String[] {"CREDVALUE", "SIGVALUE", "SIGTWO", "TOKVALUE"}) {
      assertFalse(shown.contains(secret), shown);
    }
    assertTrue(shown.contains("keep=shown"), shown);
  }

  @Test
  void everyModelMasksEverySecretStringProperty() throws Exception {
    int secretProperties = 0;
    for (Class<?> model : models()) {
      Constructor<?> constructor;
      try {
        constructor = model.getDeclaredConstructor();
      } catch (NoSuchMethodException e) {
        continue;
      }
      if (!Modifier.isPublic(constructor.getModifiers())) {
        continue;
      }
      Object instance = constructor.newInstance();
      List<String> secrets = new ArrayList<>();
      for (Map.Entry<String, Field> property : fieldsByJsonName(model).entrySet()) {
        Field field = property.getValue();
        if (field.getType() != String.class) {
          continue;
        }
        field.setAccessible(true);
        if (secretByName(property.getKey())) {
          String value = "SECRET_" + property.getKey();
          field.set(instance, value);
          secrets.add(value);
          secretProperties++;
        } else {
          field.set(instance, SIGNED_URL);
        }
      }
      String shown = instance.toString();
      for (String secret : secrets) {
        assertFalse(shown.contains(secret), model.getSimpleName() + " prints " + secret);
      }
      assertFalse(shown.contains("SIGVALUE") || shown.contains("CREDVALUE"),
          model.getSimpleName() + " prints a signed URL: " + shown);
    }
    assertTrue(secretProperties >= 10, "the description has secrets: " + secretProperties);
  }

  private static List<Class<?>> models() throws Exception {
    List<Class<?>> models = new ArrayList<>();
    File location = new File(Pin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (location.isDirectory()) {
      for (String name : new File(location, PACKAGE).list()) {
        names.add(name);
      }
    } else {
      try (JarFile jar = new JarFile(location)) {
        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
          if (entry.getName().startsWith(PACKAGE)) {
            names.add(entry.getName().substring(PACKAGE.length()));
          }
        }
      }
    }
    for (String name : names) {
      if (name.endsWith(".class") && !name.contains("$") && !name.contains("/")) {
        models.add(Class.forName(PACKAGE.replace('/', '.')
            + name.substring(0, name.length() - ".class".length())));
      }
    }
    assertEquals(false, models.isEmpty());
    return models;
  }

  /** A model's fields by JSON name: {@link SchemaProperties} lists the names in field order. */
  private static Map<String, Field> fieldsByJsonName(Class<?> model) {
    Map<String, Field> byName = new LinkedHashMap<>();
    SchemaProperties properties = model.getAnnotation(SchemaProperties.class);
    if (properties == null) {
      return byName;
    }
    List<Field> fields = new ArrayList<>();
    for (Field field : model.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())
          && !field.getName().equals("additionalProperties")) {
        fields.add(field);
      }
    }
    assertEquals(properties.names().length, fields.size(), model.getName());
    for (int i = 0; i < fields.size(); i++) {
      byName.put(properties.names()[i], fields.get(i));
    }
    return byName;
  }
}
