package org.epar.core.json.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Chinese text of a read problem: translates the English problem texts that {@link
 * ReadProblems}, {@link Codecs}, {@link StrictText} and the NDJSON and document readers write.
 *
 * <p>Those texts follow one grammar: a category, optionally {@code , found TOKEN}, then optionally
 * {@code at PATH} and {@code (column N)}. Property paths, type names and charset names are kept as
 * they are (they are identifiers); every English word around them is translated. A text outside the
 * grammar is returned unchanged, so a problem never vanishes.
 */
public final class ReadProblemTexts {

  /** The category texts without arguments. */
  private static final Map<String, String> FIXED =
      Map.ofEntries(
          Map.entry("missing \"type\" property naming the record type", "缺少指明记录类型的 \"type\" 属性"),
          Map.entry("unknown record type in \"type\" property", "\"type\" 属性中的记录类型未知"),
          Map.entry("number out of range", "数值超出范围"),
          Map.entry("more than one JSON value on the line", "一行中有多个 JSON 值"),
          Map.entry("the record could not be built from its values", "无法用这些值构造记录"),
          Map.entry("value does not fit the model", "值不符合数据模型"),
          Map.entry("not valid JSON", "不是有效的 JSON"),
          Map.entry("expected a JSON object", "应为 JSON 对象"),
          Map.entry(ReadProblems.TRUNCATED, "记录被截断：JSON 在行尾之前没有结束（文件可能没有写完）"),
          Map.entry(ReadProblems.ARRAY, "这是 JSON 数组，不是一条记录：NDJSON 每行一条记录（一个 JSON 对象）"),
          Map.entry(
              ReadProblems.DOCUMENT_ARRAY,
              "这是 JSON 数组：数据集文档是一个 JSON 对象；若每行一条记录，请使用 NDJSON（.ndjson）"),
          Map.entry(ReadProblems.EMPTY, "文件为空"),
          Map.entry(Codecs.MONEY_PROBLEM, "应为以元为单位的金额：十进制字符串（如 \"1500.00\"）或最多 2 位小数的数字"),
          Map.entry(Codecs.PERIOD_PROBLEM, "应为报告期编号：yyyyMMdd、yyyy'W'ww、yyyyMM、yyyy'Q'q 或 yyyy"));

  /** Type names as {@link ReadProblems} writes them. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("another value", "其他值"),
          Map.entry("a string", "字符串"),
          Map.entry("an integer", "整数"),
          Map.entry("a boolean", "布尔值"),
          Map.entry("a number", "数字"),
          Map.entry("an ISO-8601 date (yyyy-MM-dd)", "ISO-8601 日期（yyyy-MM-dd）"),
          Map.entry("an ISO-8601 date-time with offset", "带时区偏移的 ISO-8601 日期时间"),
          Map.entry("an array", "数组"),
          Map.entry("an object", "对象"));

  /** JSON tokens as {@link Codecs} names them. */
  private static final Map<String, String> TOKENS =
      Map.ofEntries(
          Map.entry("end of input", "输入结束"),
          Map.entry("a JSON object", "JSON 对象"),
          Map.entry("a JSON array", "JSON 数组"),
          Map.entry("a JSON string", "JSON 字符串"),
          Map.entry("a JSON number", "JSON 数字"),
          Map.entry("a JSON boolean", "JSON 布尔值"),
          Map.entry("null", "null"));

  private static final Pattern COLUMN = Pattern.compile("(.*) \\(column (\\d+)\\)");
  private static final Pattern AT = Pattern.compile("(.*) at ([A-Za-z0-9_?.\\[\\]]+)");
  private static final Pattern FOUND = Pattern.compile("(.*), found (.+)");
  private static final Pattern LONG_LINE = Pattern.compile("line longer than (\\d+) characters");
  private static final Pattern CONSTANT = Pattern.compile("not a constant of (\\w+)");
  private static final Pattern INVALID = Pattern.compile("invalid value for (.+)");
  private static final Pattern WRONG_TYPE = Pattern.compile("wrong JSON type, expected (.+)");
  private static final Pattern AS_STRING = Pattern.compile("expected a (\\w+) as a JSON string");
  private static final Pattern UNDECODABLE =
      Pattern.compile(
          "not valid ([\\w.:-]+) \\(byte (\\d+) of (the line|the file)\\)"
              + "(?:; it looks like ([\\w/.:-]+): read it with the ([\\w.:-]+) encoding)?");

  private ReadProblemTexts() {}

  /**
   * The Chinese text of a read problem.
   *
   * @param problem the English problem text
   * @return the Chinese text; the English text itself if it is not one the readers write
   */
  public static String zh(String problem) {
    String rest = problem;
    String column = "";
    Matcher m = COLUMN.matcher(rest);
    if (m.matches()) {
      rest = m.group(1);
      column = "（第 " + m.group(2) + " 列）";
    }
    String at = "";
    m = AT.matcher(rest);
    if (m.matches()) {
      rest = m.group(1);
      at = "（位置 " + m.group(2) + "）";
    }
    String found = "";
    m = FOUND.matcher(rest);
    if (m.matches() && TOKENS.containsKey(m.group(2))) {
      rest = m.group(1);
      found = "，实际是" + TOKENS.get(m.group(2));
    }
    String head = head(rest);
    return head == null ? problem : head + found + at + column;
  }

  private static @Nullable String head(String text) {
    String fixed = FIXED.get(text);
    if (fixed != null) {
      return fixed;
    }
    Matcher m = LONG_LINE.matcher(text);
    if (m.matches()) {
      return "行长超过 " + m.group(1) + " 个字符";
    }
    m = CONSTANT.matcher(text);
    if (m.matches()) {
      return "不是 " + m.group(1) + " 的取值";
    }
    m = INVALID.matcher(text);
    if (m.matches()) {
      return "不是有效的" + type(m.group(1));
    }
    m = WRONG_TYPE.matcher(text);
    if (m.matches()) {
      return "JSON 类型不对，应为" + type(m.group(1));
    }
    m = AS_STRING.matcher(text);
    if (m.matches()) {
      return "应为 JSON 字符串形式的 " + m.group(1);
    }
    m = UNDECODABLE.matcher(text);
    if (m.matches()) {
      String where = m.group(3).equals("the line") ? "该行" : "文件";
      String s = "不是有效的 " + m.group(1) + " 编码（" + where + "第 " + m.group(2) + " 个字节）";
      return m.group(4) == null ? s : s + "；看起来是 " + m.group(4) + "：请用 " + m.group(5) + " 编码读取";
    }
    return null;
  }

  private static String type(String en) {
    String zh = TYPES.get(en);
    if (zh != null) {
      return zh;
    }
    for (String prefix : List.of("a constant of ")) {
      if (en.startsWith(prefix)) {
        return " " + en.substring(prefix.length()) + " 的取值";
      }
    }
    return " " + en;
  }
}
