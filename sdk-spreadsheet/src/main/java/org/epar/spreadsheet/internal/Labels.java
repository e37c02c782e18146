package org.epar.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** The Chinese sheet names and column headers, from {@code labels_zh.properties}. */
final class Labels {

  private static final Properties ZH = load();

  private Labels() {}

  static String sheet(String wireName) {
    String s = ZH.getProperty("sheet." + wireName);
    return s == null ? wireName : s;
  }

  /**
   * The header of a field: the type's own label, else the generic one, else the English name.
   *
   * @param owner the wire name of the record type, or the nested row's name
   * @param field the component name
   */
  static String column(String owner, String field) {
    String s = ZH.getProperty(owner + "." + field);
    if (s == null) {
      s = ZH.getProperty(field);
    }
    return s == null ? field : s;
  }

  static @Nullable String raw(String key) {
    return ZH.getProperty(key);
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("labels_zh.properties")) {
      if (in == null) {
        throw new IllegalStateException("labels_zh.properties is missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
