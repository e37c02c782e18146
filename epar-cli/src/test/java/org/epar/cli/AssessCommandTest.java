package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code epar demo --data DIR} keeps its submissions and ends with the county's assessment; {@code
 * epar assess} writes it again from that store as JSON, HTML and XLSX, each read back.
 */
class AssessCommandTest {

  @TempDir static Path dir;
  static Run demo;

  /** Contractor A of the demo (the first reporter of the generated county). */
  static String contractorA() {
    return demo.out()
        .lines()
        .filter(l -> l.contains("A 9"))
        .findFirst()
        .orElseThrow()
        .replaceAll(".*A (9[0-9A-Z]{17}).*", "$1");
  }

  @BeforeAll
  static void runTheDemo() {
    demo = Run.epar("--lang", "zh", "demo", "--data", dir.resolve("store").toString());
  }

  private static Run assess(String format, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "assess",
                "--data",
                dir.resolve("store").toString(),
                "--county",
                "130425",
                "--as-of",
                "2018-06-30",
                "--programme-start",
                "2018-06-01",
                "--format",
                format,
                "--output",
                out.toString()));
    args.addAll(0, List.of(more));
    return Run.epar(args.toArray(String[]::new));
  }

  @Test
  void demo_endsWithTheAssessment_theDailyVetoFailsForA_andPrintsTheReportPath() {
    assertEquals(Epar.OK, demo.exitCode(), demo::toString);
    String out = demo.out();
    assertTrue(out.matches("(?s).*DM-RPT-02 +[^\\n]*：未通过.*"), out);
    assertTrue(out.matches("(?s).*DM-VETO-02 +[^\\n]*：通过.*"), out);
    assertTrue(out.contains(contractorA() + "：漏报日报 2 份，迟报 0 份"), out);
    String path =
        out.lines()
            .filter(l -> l.startsWith("HTML 报告："))
            .map(l -> l.substring("HTML 报告：".length()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        dir.resolve("store")
            .resolve("assessment-130425-2018-06-30.html")
            .toAbsolutePath()
            .toString(),
        path);
    assertTrue(Files.isRegularFile(Path.of(path)));
    assertFalse(demo.all().contains("Exception"), demo::toString);
  }

  @Test
  void html_isSelfContained_chinese_withTheFiguresAsSvg() throws IOException {
    Path file = dir.resolve("a.html");
    Run run = assess("html", file);
    assertEquals(Epar.OK, run.exitCode(), run::toString);
    Document doc = Jsoup.parse(file.toFile(), "UTF-8");
    assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
    assertTrue(doc.title().contains("130425"));
    assertTrue(doc.select("script, link, img, iframe, object, embed").isEmpty(), "no externals");
    assertFalse(
        Files.readString(file).matches("(?s).*(https?:)?//[a-z].*(src|href)=.*"),
        "no network reference");
    assertEquals("false", doc.getElementById("summary").attr("data-vetoes-passed"));

    Element rpt = doc.selectFirst("#vetoes tr[data-rule=DM-RPT-02]");
    assertEquals("false", rpt.attr("data-passed"));
    assertTrue(rpt.text().contains("未通过"));
    assertEquals("true", doc.selectFirst("#vetoes tr[data-rule=DM-VETO-02]").attr("data-passed"));

    String a = contractorA();
    Elements daysOfA = doc.select("svg.calendar[data-contractor=" + a + "] rect.day");
    Map<String, String> byDay =
        daysOfA.stream()
            .collect(Collectors.toMap(e -> e.attr("data-period"), e -> e.attr("data-status")));
    assertEquals(30, byDay.size());
    assertEquals("missing", byDay.get("20180611"));
    assertEquals("missing", byDay.get("20180612"));
    assertEquals("on_time", byDay.get("20180610"));
    assertEquals("on_time", byDay.get("20180613"));
    assertEquals("on_time", byDay.get("20180629"), "deadline 06-30 = as-of: counted");
    assertEquals("none", byDay.get("20180630"), "deadline 07-01 after the as-of: open");
    assertEquals(2, daysOfA.stream().filter(e -> e.attr("data-status").equals("missing")).count());
    assertEquals(
        AssessmentHtml.MISSING,
        doc.selectFirst("svg.calendar[data-contractor=" + a + "] rect[data-period=20180611]")
            .attr("fill"));
    assertEquals(3, doc.select("svg.calendar").size(), "one calendar per contractor");

    Elements targets = doc.select("#targets g.target");
    assertFalse(targets.isEmpty());
    Map<String, String> colour =
        Map.of(
            "met",
            AssessmentHtml.ON_TIME,
            "on_track",
            AssessmentHtml.LATE,
            "missed",
            AssessmentHtml.MISSING);
    for (Element t : targets) {
      assertEquals(
          colour.get(t.attr("data-status")),
          t.selectFirst("rect.bar").attr("fill"),
          t.attr("data-rule"));
    }
    assertFalse(doc.select("#targets g.target[data-rule=DM-SITE-01]").isEmpty());
    Elements funds = doc.select("#funds g.fund[data-cap=upward_share_max]");
    assertEquals("0.65", funds.first().attr("data-threshold"));
    assertEquals(1, funds.first().select("line.cap").size(), "the cap is drawn");
  }

  @Test
  void html_inEnglish() throws IOException {
    Path file = dir.resolve("en.html");
    Run run = assess("html", file, "--lang", "en");
    assertEquals(Epar.OK, run.exitCode(), run::toString);
    Document doc = Jsoup.parse(file.toFile(), "UTF-8");
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertTrue(doc.text().contains("Reporting calendar per contractor"));
  }

  @Test
  void xlsx_aSheetPerSection_chineseHeaders_numbersAndDates() throws IOException {
    Path file = dir.resolve("a.xlsx");
    Run run = assess("xlsx", file);
    assertEquals(Epar.OK, run.exitCode(), run::toString);
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<String> names = wb.getSheets().map(Sheet::getName).toList();
      assertEquals(List.of("概况", "一票否决项", "目标", "资金占比", "报送情况", "问题清单"), names);
      List<Row> reporting =
          wb.getSheets().filter(s -> s.getName().equals("报送情况")).findFirst().orElseThrow().read();
      assertEquals("承办企业", reporting.get(0).getCellText(0));
      assertEquals("期限", reporting.get(0).getCellText(3));
      String a = contractorA();
      List<Row> missing =
          reporting.stream()
              .skip(1)
              .filter(r -> r.getCellText(0).equals(a) && r.getCellText(4).equals("漏报"))
              .toList();
      assertEquals(
          List.of("20180611", "20180612"), missing.stream().map(r -> r.getCellText(2)).toList());
      assertEquals(CellType.NUMBER, missing.get(0).getCell(3).getType(), "a date is a number");
      assertEquals(
          LocalDate.of(2018, 6, 12), missing.get(0).getCellAsDate(3).orElseThrow().toLocalDate());
      List<Row> summary = wb.getFirstSheet().read();
      assertEquals(CellType.NUMBER, summary.get(4).getCell(1).getType(), "submissions read");
      List<Row> funds =
          wb.getSheets().filter(s -> s.getName().equals("资金占比")).findFirst().orElseThrow().read();
      Row upward =
          funds.stream()
              .filter(r -> r.getCellText(1).equals("upward_share_max"))
              .findFirst()
              .orElseThrow();
      assertEquals(CellType.NUMBER, upward.getCell(2).getType());
      assertEquals(
          0, new java.math.BigDecimal("0.65").compareTo(upward.getCellAsNumber(2).orElseThrow()));
    }
  }

  @Test
  void json_isTheProtocolMessage() throws IOException {
    Path file = dir.resolve("a.json");
    Run run = assess("json", file);
    assertEquals(Epar.OK, run.exitCode(), run::toString);
    var node = org.epar.core.json.EparJson.mapper().readTree(file.toFile());
    assertEquals("130425", node.get("county").asText());
    assertEquals("2018-06-30", node.get("asOf").asText());
    assertFalse(node.has("vetoesPassed") && node.get("vetoesPassed").asBoolean());
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"DM-RPT-02\""));
  }

  @Test
  void badArguments_areUsageErrors_neverCrash() {
    Path out = dir.resolve("x.html");
    for (String[] bad :
        List.of(
            new String[] {
              "assess",
              "--data",
              dir.resolve("store").toString(),
              "--county",
              "13042",
              "--as-of",
              "2018-06-30",
              "--format",
              "html",
              "--output",
              out.toString()
            },
            new String[] {
              "assess",
              "--data",
              dir.resolve("store").toString(),
              "--county",
              "130425",
              "--as-of",
              "2018-06-31",
              "--format",
              "html",
              "--output",
              out.toString()
            },
            new String[] {
              "assess",
              "--data",
              dir.resolve("nothing").toString(),
              "--county",
              "130425",
              "--as-of",
              "2018-06-30",
              "--format",
              "html",
              "--output",
              out.toString()
            },
            new String[] {
              "assess",
              "--county",
              "130425",
              "--as-of",
              "2018-06-30",
              "--format",
              "html",
              "--output",
              out.toString()
            })) {
      Run run = Run.epar(bad);
      assertEquals(Epar.USAGE, run.exitCode(), run::toString);
      assertFalse(run.all().contains("Exception"), run::toString);
    }
    assertFalse(Files.exists(out));
  }
}
