package org.epar.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.epar.validation.spi.FindingSink;

/**
 * The texts rules build in code (an observed value that is a phrase, a threshold that is a
 * sentence, a problem), in English and Chinese, from the bundle {@code
 * org/epar/validation/internal/RuleTexts.properties} and its {@code _zh_CN} counterpart. A rule
 * never writes such a text as a string literal: the CLI's {@code --lang zh} output would show it in
 * English.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... and are replaced by the arguments' {@code
 * toString()} as they are: no number or date formatting, no quoting rules. Arguments must be free
 * of personal data (mask them first). Thread-safe.
 */
public final class RuleTexts {

  private static final String BUNDLE = "org.epar.validation.internal.RuleTexts";
  private static final ResourceBundle EN =
      ResourceBundle.getBundle(
          BUNDLE,
          Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  private static final ResourceBundle ZH =
      ResourceBundle.getBundle(
          BUNDLE,
          Locale.SIMPLIFIED_CHINESE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private RuleTexts() {}

  /**
   * One text in both languages.
   *
   * @param en the English text
   * @param zh the Chinese text
   */
  public record Text(String en, String zh) {

    /** Checks both texts are given. */
    public Text {
      Objects.requireNonNull(en, "en");
      Objects.requireNonNull(zh, "zh");
    }

    /**
     * The message arguments {@code NAME} (English) and {@code NAME.zh} (Chinese), for {@link
     * FindingSink#violation(org.epar.validation.Location, String, String, Map)}.
     *
     * @param name the placeholder, such as {@code observed} or {@code problem}
     * @return the two arguments
     */
    public Map<String, String> as(String name) {
      return Map.of(name, en, name + FindingSink.ZH, zh);
    }
  }

  /**
   * The text of a key with its placeholders filled in.
   *
   * @param key the key, such as {@code date.after-submission}
   * @param args the values of {@code {0}}, {@code {1}}, ...
   * @return the text in both languages
   * @throws java.util.MissingResourceException if the key is in neither bundle (a bug)
   */
  public static Text of(String key, Object... args) {
    return new Text(fill(EN.getString(key), args), fill(ZH.getString(key), args));
  }

  /**
   * Texts joined in both languages: {@code ", "} in English, {@code "，"} in Chinese.
   *
   * @param texts the texts
   * @return the joined text
   */
  public static Text join(List<Text> texts) {
    StringBuilder en = new StringBuilder();
    StringBuilder zh = new StringBuilder();
    for (Text t : texts) {
      if (en.length() > 0) {
        en.append(", ");
        zh.append("，");
      }
      en.append(t.en());
      zh.append(t.zh());
    }
    return new Text(en.toString(), zh.toString());
  }

  /**
   * Message arguments of several texts, {@code NAME} and {@code NAME.zh} each.
   *
   * @param named placeholder names and texts, alternating: {@code "observed", text, "threshold",
   *     text}
   * @return the arguments
   */
  public static Map<String, String> args(Object... named) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < named.length; i += 2) {
      String name = (String) named[i];
      Object v = named[i + 1];
      if (v instanceof Text t) {
        m.putAll(t.as(name));
      } else {
        m.put(name, String.valueOf(v));
      }
    }
    return m;
  }

  private static String fill(String template, Object[] args) {
    String s = template;
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }
}
