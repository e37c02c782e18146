package org.epar.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The CLI's strings in one language, from the {@code messages} resource bundle pair.
 *
 * <p>Bundles are loaded without falling back to the JVM's default locale, so {@code --lang en}
 * prints English even on a machine whose default locale is Chinese.
 */
final class Messages {

  static final String BUNDLE = "org.epar.cli.messages";

  private final Lang lang;
  private final ResourceBundle bundle;

  private Messages(Lang lang) {
    this.lang = lang;
    this.bundle = bundle(lang);
  }

  static Messages of(Lang lang) {
    return new Messages(lang);
  }

  static ResourceBundle bundle(Lang lang) {
    return ResourceBundle.getBundle(
        BUNDLE,
        lang.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Lang lang() {
    return lang;
  }

  boolean zh() {
    return lang == Lang.ZH;
  }

  /** The message for {@code key}, with {@link MessageFormat} arguments filled in. */
  String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
  }

  /** Picks the English or Chinese one of a pair of texts. */
  String pick(String en, String zh) {
    return zh() ? zh : en;
  }

  /** The output language. */
  enum Lang {
    EN(Locale.ENGLISH),
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }

    Locale locale() {
      return locale;
    }

    /** Chinese when the default locale's language is Chinese, English otherwise. */
    static Lang fromDefaultLocale() {
      return "zh".equals(Locale.getDefault().getLanguage()) ? ZH : EN;
    }

    /** Parses {@code zh} / {@code en} (any case, {@code zh-CN} and {@code zh_CN} too). */
    static Lang parse(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      if (t.equals("zh") || t.startsWith("zh-") || t.startsWith("zh_")) {
        return ZH;
      }
      if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
        return EN;
      }
      throw new IllegalArgumentException("expected zh or en: " + text);
    }
  }
}
