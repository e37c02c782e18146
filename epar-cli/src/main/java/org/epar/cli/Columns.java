package org.epar.cli;

/** Pads table cells by display width, so Chinese text (two columns per character) lines up. */
final class Columns {

  private Columns() {}

  /** The text followed by spaces up to {@code width} terminal columns (at least one space). */
  static String pad(String text, int width) {
    int w = width(text);
    return text + " ".repeat(Math.max(1, width - w));
  }

  /** Spaces and then the text, right-aligned in {@code width} terminal columns. */
  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - width(text))) + text;
  }

  static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
