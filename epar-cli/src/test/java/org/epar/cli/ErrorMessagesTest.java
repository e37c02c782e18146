package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gets its own message, in English and Chinese, on one line. */
class ErrorMessagesTest {

  private static Run validate(String lang, Path file) {
    return Run.validate(lang, "daming-2017", "2017-06-30", file.toString());
  }

  private static void assertOneLine(Run r, int exit) {
    assertEquals(exit, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("epar: "), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
  }

  @Test
  void directory_isNotNoSuchFile(@TempDir Path dir) {
    Run en = validate("en", dir);
    assertOneLine(en, Epar.USAGE);
    assertTrue(en.err().contains("is a directory, not a file"), en::toString);
    Run zh = validate("zh", dir);
    assertOneLine(zh, Epar.USAGE);
    assertTrue(zh.err().contains("是目录，不是文件"), zh::toString);
    Run missing = validate("en", dir.resolve("nope.ndjson"));
    assertTrue(missing.err().contains("no such file"), missing::toString);
    assertTrue(validate("zh", dir.resolve("nope.ndjson")).err().contains("文件不存在"));
  }

  @Test
  void emptyFile_saysEmpty_whiteSpaceToo_oneRecordIsNotEmpty(@TempDir Path dir) throws IOException {
    for (String content : new String[] {"", "\n \r\n\t", "\uFEFF\n"}) {
      Path f = Files.writeString(dir.resolve("e.ndjson"), content);
      Run en = validate("en", f);
      assertOneLine(en, Epar.USAGE);
      assertTrue(en.err().contains("is empty"), en::toString);
      Run zh = validate("zh", f);
      assertTrue(zh.err().contains("是空文件"), zh::toString);
      Path doc = Files.writeString(dir.resolve("e.json"), content);
      assertTrue(validate("en", doc).err().contains("is empty"));
    }
    Path one = Files.writeString(dir.resolve("one.ndjson"), "{\"type\":\"spaceship\"}\n");
    Run r = validate("en", one);
    assertEquals(Epar.REJECTED, r.exitCode(), r::toString);
  }

  @Test
  void jsonArray_saysOneRecordPerLine(@TempDir Path dir) throws IOException {
    Path doc = Files.writeString(dir.resolve("a.json"), "\n[{\"type\":\"village\"}]\n");
    Run en = validate("en", doc);
    assertOneLine(en, Epar.USAGE);
    assertTrue(Run.names(en.err(), doc, ":2:"), en::toString);
    assertTrue(en.err().contains("one record per line use NDJSON"), en::toString);
    Run zh = validate("zh", doc);
    assertTrue(zh.err().contains("每行一条记录，请使用 NDJSON"), zh::toString);
    Path nd = Files.writeString(dir.resolve("a.ndjson"), "[{\"type\":\"village\"}]\n");
    Run ndEn = validate("en", nd);
    assertEquals(Epar.REJECTED, ndEn.exitCode(), ndEn::toString);
    assertTrue(ndEn.out().contains("NDJSON holds one record per line"), ndEn::toString);
    assertTrue(validate("zh", nd).out().contains("NDJSON 每行一条记录"));
  }

  @Test
  void truncatedLastLine_saysTruncated_theCompleteLineBeforeIsRead(@TempDir Path dir)
      throws IOException {
    String record = "{\"type\":\"village\",\"code\":\"130425100001\"}";
    Path f =
        Files.writeString(
            dir.resolve("t.ndjson"), record + "\n" + record.substring(0, record.length() - 1));
    Run en = validate("en", f);
    assertEquals(Epar.REJECTED, en.exitCode(), en::toString);
    assertTrue(en.out().contains("(NDJSON): 1 records, 1 unreadable lines"), en::toString);
    assertTrue(Run.names(en.out(), f, ":2: truncated"), en::toString);
    Run zh = validate("zh", f);
    assertTrue(Run.names(zh.out(), f, ":2：记录被截断"), zh::toString);
    Path doc = Files.writeString(dir.resolve("t.json"), "{\"villages\": [\n  {\"code\": \"1");
    assertTrue(validate("en", doc).err().contains("truncated"));
    assertTrue(validate("zh", doc).err().contains("截断"));
  }

  @Test
  void usageErrors_areOneLine_withAHintToHelp() {
    Run missing = Run.epar("--lang", "en", "validate", "county.ndjson");
    assertOneLine(missing, Epar.USAGE);
    assertEquals(
        "epar: missing required option --profile (see 'epar validate --help')",
        missing.err().strip());
    Run zh = Run.epar("--lang", "zh", "validate", "county.ndjson");
    assertEquals("epar: 缺少必需的选项 --profile（运行“epar validate --help”查看帮助）", zh.err().strip());
    Run unknown = Run.epar("--lang", "en", "validate", "--frob", "-p", "x", "f");
    assertOneLine(unknown, Epar.USAGE);
    assertTrue(unknown.err().startsWith("epar: unknown option --frob"), unknown::toString);
    Run date = Run.epar("--lang", "en", "validate", "-p", "x", "--as-of", "2018-13-01", "f");
    assertOneLine(date, Epar.USAGE);
    assertTrue(
        date.err().startsWith("epar: invalid value for --as-of: 2018-13-01 (expected a date"),
        date::toString);
    Run format = Run.epar("--lang", "zh", "validate", "-p", "x", "--format", "xml", "f");
    assertTrue(
        format.err().contains("--format 的值无效：xml（应为以下之一：text, json, sarif）"), format::toString);
    Run command = Run.epar("--lang", "en", "frobnicate");
    assertOneLine(command, Epar.USAGE);
    assertTrue(command.err().startsWith("epar: unknown command frobnicate"), command::toString);
    Run none = Run.epar("--lang", "zh");
    assertOneLine(none, Epar.USAGE);
    Run lang = Run.epar("--lang", "fr", "profiles");
    assertOneLine(lang, Epar.USAGE);
    assertTrue(lang.err().contains("--lang"), lang::toString);
  }
}
