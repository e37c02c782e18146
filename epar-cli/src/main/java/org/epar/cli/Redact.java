package org.epar.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epar.core.id.CitizenId;

/**
 * Masks anything shaped like a citizen identity number in free text, such as an error message that
 * quotes a command-line argument. Nothing the CLI prints may contain one unmasked.
 */
final class Redact {

  /** 18 characters (17 digits and a digit or X) or 15 digits, not inside a longer digit run. */
  private static final Pattern CITIZEN_SHAPED =
      Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");

  private Redact() {}

  static String text(String s) {
    Matcher m = CITIZEN_SHAPED.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(CitizenId.of(m.group(1)).toString()));
    }
    m.appendTail(b);
    return b.toString();
  }
}
