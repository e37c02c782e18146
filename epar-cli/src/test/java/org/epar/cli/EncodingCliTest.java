package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Village;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code epar validate --encoding}: GBK input is reported, never silently corrupted. */
class EncodingCliTest {

  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  /** Four villages; lines 2 and 3 have Chinese names, lines 1 and 4 are ASCII only. */
  private Path gbkNdjson() throws IOException {
    String text =
        String.join(
                "\n",
                "{\"type\":\"village\",\"code\":\"130425100201\",\"name\":\"Nanzhuang\",\"residents\":300}",
                "{\"type\":\"village\",\"code\":\"130425100202\",\"name\":\"王庄村\",\"residents\":300}",
                "{\"type\":\"village\",\"code\":\"130425100203\",\"name\":\"李屯村\",\"residents\":300}",
                "{\"type\":\"village\",\"code\":\"130425100204\",\"name\":\"Beiying\",\"residents\":300}")
            + "\n";
    Path p = dir.resolve("gbk.ndjson");
    Files.write(p, text.getBytes(GBK));
    return p;
  }

  @Test
  void gbkFile_withoutEncoding_givesOneInputProblemPerAffectedLine_namingGbk() throws IOException {
    Path file = gbkNdjson();
    Run run =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2017-06-30",
            file.toString());
    assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
    assertTrue(run.out().contains("2 records, 2 unreadable lines"), run::toString);
    String problem = "not valid UTF-8; it looks like GBK/GB18030: read it with --encoding GB18030";
    assertTrue(Run.names(run.out(), file, ":2: " + problem), run::toString);
    assertTrue(Run.names(run.out(), file, ":3: " + problem), run::toString);
    assertFalse(Run.names(run.out(), file, ":1: "), run::toString);
    assertFalse(run.out().contains("\uFFFD"), run::toString);
  }

  @Test
  void gbkFile_withoutEncoding_inChinese() throws IOException {
    Path file = gbkNdjson();
    Run run =
        Run.epar(
            "--lang",
            "zh",
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2017-06-30",
            file.toString());
    assertTrue(
        run.out().contains(file + ":2：不是有效的 UTF-8 编码；看起来是 GBK/GB18030：请用 --encoding GB18030 读取"),
        run::toString);
  }

  @Test
  void gbkFile_withEncodingGb18030_readsEveryLine() throws IOException {
    Path file = gbkNdjson();
    Run run =
        Run.epar(
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2017-06-30",
            "--encoding",
            "gb18030",
            "--format",
            "json",
            file.toString());
    JsonNode input = ValidateCommand.JSON.readTree(run.out()).get("inputs").get(0);
    assertEquals(4, input.get("records").asInt(), run::toString);
    assertEquals(0, input.get("malformed_lines").size(), run::toString);
  }

  @Test
  void gbkFile_withoutEncoding_jsonNamesTheEncodings() throws IOException {
    Run run =
        Run.epar(
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2017-06-30",
            "--format",
            "json",
            gbkNdjson().toString());
    JsonNode bad =
        ValidateCommand.JSON.readTree(run.out()).get("inputs").get(0).get("malformed_lines");
    assertEquals(2, bad.size(), run::toString);
    assertEquals(2, bad.get(0).get("line").asInt());
    assertEquals("UTF-8", bad.get(0).get("encoding").asText());
    assertEquals("GBK/GB18030", bad.get(0).get("likely_encoding").asText());
  }

  @Test
  void inputsWithGb18030_giveTheCorrectChineseNames() throws IOException {
    Inputs inputs =
        Inputs.open(
            List.of(gbkNdjson()),
            Messages.of(Messages.Lang.EN),
            Progress.off(),
            Charset.forName("GB18030"));
    List<String> names = new ArrayList<>();
    for (EparRecord r : inputs) {
      names.add(((Village) r).name());
    }
    assertEquals(List.of("Nanzhuang", "王庄村", "李屯村", "Beiying"), names);
  }

  @Test
  void gbkDocument_withoutEncoding_exits2NamingGbk_andReadsWithIt() throws IOException {
    Path doc = dir.resolve("county.json");
    Files.write(
        doc, ("{\"villages\":[\n{\"code\":\"130425100202\",\"name\":\"王庄村\"}]}").getBytes(GBK));
    Run run = Run.epar("--lang", "en", "validate", "--profile", "daming-2017", doc.toString());
    assertEquals(Epar.USAGE, run.exitCode(), run::toString);
    assertTrue(Run.names(run.err(), doc, ":2:"), run::toString);
    assertTrue(run.err().contains("looks like GBK/GB18030"), run::toString);
    Run ok =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            "--encoding",
            "GB18030",
            doc.toString());
    assertTrue(ok.out().contains("1 records, 0 unreadable lines"), ok::toString);
  }

  @Test
  void unknownOrUnusableEncoding_exits2() throws IOException {
    for (String name : List.of("no-such-charset", "UTF-16")) {
      Run run =
          Run.epar(
              "--lang",
              "en",
              "validate",
              "--profile",
              "daming-2017",
              "--encoding",
              name,
              gbkNdjson().toString());
      assertEquals(Epar.USAGE, run.exitCode(), run::toString);
      assertTrue(run.err().contains("unknown or unusable encoding: " + name), run::toString);
    }
  }
}
