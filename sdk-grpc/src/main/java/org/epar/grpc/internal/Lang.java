package org.epar.grpc.internal;

import io.grpc.Context;
import io.grpc.Metadata;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The caller's language for messages: Chinese unless {@code accept-language} asks for English. */
public enum Lang {
  ZH,
  EN;

  public static final Metadata.Key<String> ACCEPT_LANGUAGE =
      Metadata.Key.of("accept-language", Metadata.ASCII_STRING_MARSHALLER);

  public static final Context.Key<Lang> CONTEXT = Context.keyWithDefault("epar-lang", ZH);

  /** Reads an Accept-Language value: the first of zh or en listed wins; zh when neither is. */
  public static Lang parse(@Nullable String acceptLanguage) {
    if (acceptLanguage == null) {
      return ZH;
    }
    for (String part : acceptLanguage.split(",")) {
      String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
      if (tag.startsWith("en")) {
        return EN;
      }
      if (tag.startsWith("zh")) {
        return ZH;
      }
    }
    return ZH;
  }

  public static Lang current() {
    return CONTEXT.get();
  }

  public String pick(String en, String zh) {
    return this == EN ? en : zh;
  }
}
