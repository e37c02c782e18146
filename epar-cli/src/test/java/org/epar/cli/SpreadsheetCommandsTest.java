package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.epar.core.json.NdjsonLine;
import org.epar.core.json.NdjsonReader;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.RecordType;
import org.epar.spreadsheet.SpreadsheetTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** epar template, import and generate. */
class SpreadsheetCommandsTest {

  @TempDir static Path shared;

  private static Run generated;

  @BeforeAll
  static void generate() {
    generated =
        Run.epar(
            "--lang",
            "en",
            "generate",
            "--profile",
            "daming-2017",
            "--seed",
            "42",
            "--output",
            shared.resolve("sample").toString());
  }

  private static List<EparRecord> read(Path ndjson) {
    try (NdjsonReader r = NdjsonReader.open(ndjson)) {
      return r.stream().map(l -> ((NdjsonLine.Parsed) l).record()).toList();
    }
  }

  @Test
  void generate_writesAConformingCountyAsNdjsonAndXlsx() {
    assertEquals(0, generated.exitCode(), generated::toString);
    assertTrue(
        generated.out().startsWith("County for daming-2017 (seed 42): "), generated::toString);
    Path ndjson = shared.resolve("sample/county.ndjson");
    Run v =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            "--as-of",
            "2018-12-31",
            ndjson.toString());
    assertEquals(0, v.exitCode(), v::toString);
    assertTrue(v.out().contains("No findings."), v::toString);
  }

  @Test
  void import_ofTheGeneratedWorkbook_givesExactlyTheSpreadsheetRecordsOfTheNdjson(
      @TempDir Path dir) {
    Path out = dir.resolve("imported.ndjson");
    Run run =
        Run.epar(
            "--lang",
            "en",
            "import",
            shared.resolve("sample/county.xlsx").toString(),
            "--output",
            out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    List<EparRecord> direct =
        read(shared.resolve("sample/county.ndjson")).stream()
            .filter(r -> SpreadsheetTemplate.supports(RecordType.of(r)))
            .toList();
    List<EparRecord> imported = read(out);
    assertEquals(new HashSet<>(direct), new HashSet<>(imported));
    assertEquals(direct.size(), imported.size());
    assertTrue(
        run.out().endsWith("Imported " + direct.size() + " records to " + out + "; 0 problems.\n"),
        run::toString);
  }

  @Test
  void generate_unknownProfile_namesTheProfilesThatHaveASample_exit2(@TempDir Path dir) {
    Run run =
        Run.epar("--lang", "en", "generate", "--profile", "henan-2019", "--output", dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "epar: cannot generate a county for henan-2019: sample counties exist for daming-2017,"
            + " guangdong-2018, heilongjiang-2016, henan-2018, chongqing-2017\n",
        run.err());
  }

  @Test
  void template_xlsxAndCsv_andTheirErrors(@TempDir Path dir) throws IOException {
    Path xlsx = dir.resolve("t.xlsx");
    Run run =
        Run.epar(
            "--lang",
            "en",
            "template",
            "household",
            "village",
            "site",
            "--output",
            xlsx.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("Wrote " + xlsx + " (3 record types).\n", run.out());
    assertTrue(Files.size(xlsx) > 1000);

    Path csv = dir.resolve("household.csv");
    run = Run.epar("template", "household", "--output", csv.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("\ufeff户编号,所在村代码,建档立卡"));

    Path csvDir = dir.resolve("csv");
    run = Run.epar("template", "all", "--format", "csv", "--output", csvDir.toString());
    assertEquals(0, run.exitCode(), run::toString);
    try (var files = Files.list(csvDir)) {
      assertEquals(32, files.count());
    }

    run = Run.epar("--lang", "en", "template", "daily_report", "--output", xlsx.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("daily_report is a report"), run::toString);
    run = Run.epar("--lang", "zh", "template", "housholds", "--output", xlsx.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("epar: 没有记录类型 housholds"), run::toString);
  }

  @Test
  void import_gbkCsvWithProblems_printsEachAsFileSheetRowColumn_exit1(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("household.csv");
    Files.write(
        csv,
        ("户编号,成员姓名,建档立卡,脱贫状态\n" + "h-1,张三,是,已脱贫\n" + "h-2,李四,也许,已脱贫\n" + "h-3,王五,否,脱贫了\n")
            .getBytes(Charset.forName("GBK")));
    Path out = dir.resolve("out.ndjson");
    Run run = Run.epar("--lang", "en", "import", csv.toString(), "--output", out.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(
        csv
            + ":建档立卡贫困户:3:C: not 是 or 否\n"
            + csv
            + ":建档立卡贫困户:4:D: not one of the allowed terms: 未脱贫、已脱贫、返贫\n"
            + csv
            + ": 1 records, 2 problems (GB18030)\n"
            + "Imported 1 records to "
            + out
            + "; 2 problems.\n",
        run.out());
    List<EparRecord> records = read(out);
    assertEquals(1, records.size());
    assertEquals("张三", ((Household) records.get(0)).members().get(0).name());

    Run zh = Run.epar("--lang", "zh", "import", csv.toString(), "--output", out.toString());
    assertTrue(zh.out().startsWith(csv + ":建档立卡贫困户:3:C: 不是“是”或“否”\n"), zh::toString);
  }

  @Test
  void import_unreadableFiles_exit2(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out.ndjson");
    Path bad = dir.resolve("bad.xlsx");
    Files.writeString(bad, "not a workbook");
    Run run = Run.epar("--lang", "en", "import", bad.toString(), "--output", out.toString());
    assertEquals(2, run.exitCode());
    // (the error line is masked as a whole, and a temporary directory's digits may look like an id)
    assertTrue(run.err().startsWith("epar: cannot read "), run::toString);
    assertTrue(
        run.err().endsWith("bad.xlsx: bad.xlsx is not a readable XLSX workbook (IOException)\n"),
        run::toString);
    run =
        Run.epar(
            "--lang",
            "en",
            "import",
            dir.resolve("missing.xlsx").toString(),
            "--output",
            out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no such file"), run::toString);
    run = Run.epar("--lang", "en", "import", dir.toString(), "--output", out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("is a directory"), run::toString);
    Path unnamed = dir.resolve("data.csv");
    Files.writeString(unnamed, "户编号\nh-1\n");
    run = Run.epar("--lang", "en", "import", unnamed.toString(), "--output", out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("names no record type"), run::toString);
    run =
        Run.epar(
            "--lang",
            "en",
            "import",
            unnamed.toString(),
            "--type",
            "household",
            "--output",
            out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertFalse(run.all().contains("Exception"));
  }

  @Test
  void messages_newKeysExistInBothLanguages() throws IOException {
    Set<String> en = keys("messages.properties");
    Set<String> zh = keys("messages_zh_CN.properties");
    for (String k : en) {
      if (k.startsWith("template.") || k.startsWith("import.") || k.startsWith("generate.")) {
        assertTrue(zh.contains(k), k);
      }
    }
    for (var r : org.epar.spreadsheet.SpreadsheetProblem.Reason.values()) {
      assertTrue(en.contains("import.reason." + r.name()), r.name());
      assertTrue(zh.contains("import.reason." + r.name()), r.name());
    }
  }

  private static Set<String> keys(String name) throws IOException {
    var p = new java.util.Properties();
    try (var in = SpreadsheetCommandsTest.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }
}
