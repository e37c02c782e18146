package org.epar.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem text the readers write has a Chinese text without an English sentence. */
class ReadProblemTextsTest {

  /** Three English words in a row, the same heuristic the CLI's language test uses. */
  private static final Pattern ENGLISH =
      Pattern.compile("\\b[A-Za-z]{2,}(?: +[A-Za-z]{2,}){2,}\\b");

  private static List<NdjsonLine.Malformed> malformed(String text) {
    List<NdjsonLine.Malformed> out = new ArrayList<>();
    try (NdjsonReader r = NdjsonReader.of(new StringReader(text))) {
      r.forEach(
          l -> {
            if (l instanceof NdjsonLine.Malformed m) {
              out.add(m);
            }
          });
    }
    return out;
  }

  @Test
  void everyLineProblem_hasAChineseTextWithoutEnglishWords() {
    List<NdjsonLine.Malformed> ms =
        malformed(
            String.join(
                "\n",
                "{\"type\":\"village\",\"code\":",
                "{\"type\":\"spaceship\",\"id\":\"x\"}",
                "{\"id\":\"no type\"}",
                "{\"type\":\"village\",\"residents\":\"many\"}",
                "{\"type\":\"village\",\"natural_villages\":[{\"households\":{}}]}",
                "{\"type\":\"transaction\",\"amount\":\"12.345\"}",
                "{\"type\":\"transaction\",\"amount\":true}",
                "{\"type\":\"transaction\",\"direction\":\"SIDEWAYS\"}",
                "{\"type\":\"village\",\"residents\":99999999999999999999}",
                "[{\"type\":\"village\"}]",
                "42",
                "{\"type\":\"device_day\"} {\"type\":\"device_day\"}",
                "{\"type\":\"village\",\"code\" 1}",
                "{\"type\":\"household\",\"members\":[{\"citizen_id\":"));
    assertEquals(14, ms.size(), ms::toString);
    for (NdjsonLine.Malformed m : ms) {
      String zh = m.problemZh();
      assertFalse(zh.equals(m.problem()), () -> "not translated: " + m.problem());
      assertFalse(ENGLISH.matcher(zh).find(), () -> "English left in: " + zh);
    }
    assertEquals("记录被截断：JSON 在行尾之前没有结束（文件可能没有写完）", ms.get(0).problemZh());
    assertEquals("不是有效的整数（位置 residents）", ms.get(3).problemZh());
    assertEquals("JSON 类型不对，应为整数（位置 natural_villages[0].households）", ms.get(4).problemZh());
    assertEquals("不是 Direction 的取值（位置 direction）", ms.get(7).problemZh());
    assertTrue(ms.get(9).problemZh().contains("NDJSON 每行一条记录"), ms.get(9).problemZh());
    assertTrue(ms.get(12).problemZh().startsWith("不是有效的 JSON（第 "), ms.get(12).problemZh());
  }

  @Test
  void truncatedLastLine_saysTruncated_aCompleteOneIsRead() {
    String complete = "{\"type\":\"village\",\"code\":\"130425100001\"}";
    assertTrue(malformed(complete).isEmpty());
    String cut = complete.substring(0, complete.length() - 1);
    List<NdjsonLine.Malformed> ms = malformed(complete + "\n" + cut);
    assertEquals(1, ms.size());
    assertEquals(2, ms.get(0).lineNumber());
    assertTrue(ms.get(0).problem().startsWith("truncated"), ms.get(0).problem());
  }

  @Test
  void undecodableLine_hasAChineseText() {
    byte[] gbk =
        "{\"type\":\"village\",\"name\":\"大名\"}\n"
            .getBytes(java.nio.charset.Charset.forName("GB18030"));
    List<NdjsonLine.Malformed> ms = new ArrayList<>();
    try (NdjsonReader r = NdjsonReader.of(new ByteArrayInputStream(gbk), StandardCharsets.UTF_8)) {
      r.forEach(l -> ms.add((NdjsonLine.Malformed) l));
    }
    assertEquals(1, ms.size());
    String zh = ms.get(0).problemZh();
    assertTrue(zh.startsWith("不是有效的 UTF-8 编码（该行第 "), zh);
    assertTrue(zh.endsWith("看起来是 GBK/GB18030：请用 GB18030 编码读取"), zh);
  }

  @Test
  void documentProblems_emptyArrayTruncated_haveTheirCategory() {
    EparJsonException empty =
        assertThrows(EparJsonException.class, () -> EparJson.readDataset(" \n"));
    assertEquals("the file is empty", empty.problem());
    assertEquals("文件为空", empty.problemZh());
    EparJsonException array =
        assertThrows(
            EparJsonException.class, () -> EparJson.readDataset("\n[{\"type\":\"village\"}]"));
    assertTrue(array.problem().contains("one record per line use NDJSON"), array.problem());
    assertEquals(2, array.line());
    assertTrue(array.problemZh().contains("NDJSON"), array.problemZh());
    EparJsonException cut =
        assertThrows(EparJsonException.class, () -> EparJson.readDataset("{\"villages\": [{"));
    assertTrue(cut.problem().startsWith("truncated"), cut.problem());
    EparJsonException bad =
        assertThrows(EparJsonException.class, () -> EparJson.readDataset("{\"villages\": x}"));
    assertTrue(bad.problem().startsWith("not valid JSON"), bad.problem());
  }

  @Test
  void unknownText_isKeptAsItIs() {
    assertEquals(
        "something else entirely",
        new NdjsonLine.Malformed(1, "something else entirely").problemZh());
  }
}
