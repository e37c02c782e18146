package org.epar.grpc.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sdk-core model as the wire generator sees it, read from the Java sources of {@code
 * org.epar.core.model}: each record's components (type and name, in declaration order) with its
 * Javadoc summary and {@code @param} text, and each enum's constants with their Javadoc. Reading
 * the sources rather than the classes gives the Javadoc for the proto comments and lets a test
 * apply a change to a copy of the model; {@code ModelWireTest} checks the result against the
 * compiled classes.
 */
record ModelSource(Map<String, EnumDef> enums, Map<String, RecordDef> records) {

  /** Files of the model package that are not carried as a message or enum. */
  static final Set<String> SKIP = Set.of("EparRecord", "Report", "RecordType", "ReportStatus");

  private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern ENUM = Pattern.compile("public enum (\\w+) \\{", U);
  private static final Pattern CONSTANT =
      Pattern.compile("\n  /\\*\\*(.*?)\\*/\n  ([A-Z0-9_]+)\\(", U | Pattern.DOTALL);
  private static final Pattern RECORD =
      Pattern.compile(
          "public record (\\w+)\\((.*?)\\)\\s*(?:implements [\\w, ]+)?\\s*\\{", U | Pattern.DOTALL);
  private static final Pattern COMPONENT_SPLIT = Pattern.compile(",(?![^<]*>)");
  private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+\\s+", U);
  private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s*(.*)", U);
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:link|code)\\s+([^}]*)\\}", U);
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

  /** A record component: its Java type as written (annotations removed) and its name. */
  record Component(String type, String name) {}

  /** A record: Javadoc summary, {@code @param} text by component, components in order. */
  record RecordDef(
      String name, String summary, Map<String, String> params, List<Component> components) {}

  /** An enum constant and its Javadoc text. */
  record Constant(String name, String doc) {}

  /** An enum: Javadoc summary and constants in declaration order. */
  record EnumDef(String name, String summary, List<Constant> constants) {}

  /**
   * Reads the model package directory. Enums are sorted by name; records keep the order of their
   * file names. {@code ReportType} (from {@code org.epar.core.period}) is added with the text the
   * protocol has always carried for it.
   */
  static ModelSource read(Path modelDir) {
    Map<String, EnumDef> enums = new TreeMap<>();
    Map<String, RecordDef> records = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(modelDir)) {
      files =
          s.filter(p -> p.getFileName().toString().endsWith(".java"))
              .filter(p -> !p.getFileName().toString().equals("package-info.java"))
              .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      String fn = file.getFileName().toString();
      String name = fn.substring(0, fn.length() - ".java".length());
      if (SKIP.contains(name)) {
        continue;
      }
      String src;
      try {
        src = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Matcher m = ENUM.matcher(src);
      if (m.find()) {
        List<Constant> consts = new ArrayList<>();
        Matcher c = CONSTANT.matcher(src);
        while (c.find()) {
          consts.add(new Constant(c.group(2), clean(c.group(1).replace("*", " "))));
        }
        enums.put(name, new EnumDef(name, summary(javadocBefore(src, m.start(), fn)), consts));
        continue;
      }
      m = RECORD.matcher(src);
      if (m.find()) {
        List<Component> comps = new ArrayList<>();
        for (String part : COMPONENT_SPLIT.split(m.group(2), -1)) {
          String p = ANNOTATION.matcher(pyStrip(part)).replaceAll("");
          p = pyStrip(p);
          int cut = lastSpace(p);
          if (cut < 0) {
            throw new IllegalStateException(fn + ": cannot read record component '" + p + "'");
          }
          comps.add(new Component(pyStrip(p.substring(0, cut)), pyStrip(p.substring(cut + 1))));
        }
        String doc = javadocBefore(src, m.start(), fn);
        records.put(name, new RecordDef(name, summary(doc), params(doc), List.copyOf(comps)));
      }
    }
    enums.put(
        "ReportType",
        new EnumDef(
            "ReportType",
            "The kind of report: daily, monthly, quarterly or annual.",
            List.of(
                new Constant("DAILY", "日报: daily report over a day, sent automatically."),
                new Constant("MONTHLY", "月报: monthly report over a month."),
                new Constant("QUARTERLY", "季报: quarterly report over a quarter."),
                new Constant("ANNUAL", "年报: annual report over a year."))));
    return new ModelSource(enums, records);
  }

  private static int lastSpace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (isSpace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String javadocBefore(String src, int idx, String file) {
    int end = src.lastIndexOf("*/", idx - 2);
    int start = end < 0 ? -1 : src.lastIndexOf("/**", end - 3);
    if (start < 0) {
      throw new IllegalStateException(file + ": no Javadoc before the declaration");
    }
    return src.substring(start + 3, end);
  }

  /** Javadoc text to one line: inline tags to their text, entities decoded, HTML tags removed. */
  static String clean(String text) {
    String t = INLINE_TAG.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    t = HTML_TAG.matcher(t).replaceAll("");
    return String.join(" ", words(t));
  }

  /** The first paragraph of a Javadoc comment, cleaned. */
  static String summary(String doc) {
    List<String> body = new ArrayList<>();
    for (String raw : doc.split("\r\n|\r|\n", -1)) {
      String line = docLine(raw);
      if (line.startsWith("@")) {
        break;
      }
      if (line.isEmpty() && !body.isEmpty()) {
        break;
      }
      if (!line.isEmpty()) {
        body.add(line);
      }
    }
    return clean(String.join(" ", body));
  }

  /** The {@code @param} texts of a Javadoc comment by name, cleaned. */
  static Map<String, String> params(String doc) {
    Map<String, String> out = new LinkedHashMap<>();
    String cur = null;
    for (String raw : doc.split("\r\n|\r|\n", -1)) {
      String line = docLine(raw);
      Matcher m = PARAM.matcher(line);
      if (m.matches()) {
        cur = m.group(1);
        out.put(cur, m.group(2));
      } else if (line.startsWith("@")) {
        cur = null;
      } else if (cur != null && !line.isEmpty()) {
        out.put(cur, out.get(cur) + " " + line);
      }
    }
    out.replaceAll((k, v) -> clean(v));
    return out;
  }

  private static String docLine(String raw) {
    String s = pyStrip(raw);
    int i = 0;
    while (i < s.length() && s.charAt(i) == '*') {
      i++;
    }
    return pyStrip(s.substring(i));
  }

  /**
   * Whitespace as Python's {@code str.isspace} sees it (the generator's text rules came from it).
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  static String pyStrip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** The words of a text split on any whitespace run. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && isSpace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < s.length() && !isSpace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j));
      }
      i = j;
    }
    return out;
  }
}
