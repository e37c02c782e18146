package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.epar.core.id.CitizenId;
import org.epar.core.json.NdjsonWriter;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.model.RecordType;
import org.epar.samples.SampleCounties;
import org.epar.spreadsheet.SpreadsheetTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code epar validate --annotate}: a workbook of the Daming sample county with broken citizen
 * identity numbers in three member rows gets exactly those three cells marked, keeps every other
 * value, and lists the dataset findings on its summary sheet.
 */
class AnnotateTest {

  @TempDir static Path dir;

  private static final String HOUSEHOLDS = SpreadsheetTemplate.sheetName(RecordType.HOUSEHOLD);

  /**
   * Households broken, by position among the households: the member broken (the last one if the
   * household is smaller).
   */
  private static final Map<Integer, Integer> BROKEN = Map.of(0, 0, 7, 1, 30, 2);

  /** Expected marked cells of the household sheet, as A1 references. */
  private static final Set<String> expected = new TreeSet<>();

  private static Path conforming;
  private static Path broken;
  private static Path rest;

  @BeforeAll
  static void workbooks() throws IOException {
    Dataset county = SampleCounties.daming(42L);
    Map<RecordType, List<EparRecord>> good = new EnumMap<>(RecordType.class);
    Map<RecordType, List<EparRecord>> bad = new EnumMap<>(RecordType.class);
    rest = dir.resolve("reports.ndjson");
    int householdIndex = 0;
    long householdRow = 2; // row 1 is the header; a household spans one row per member
    int idColumn = columnOf(RecordType.HOUSEHOLD, "members.citizenId");
    try (NdjsonWriter w = NdjsonWriter.create(rest)) {
      for (EparRecord r : county.records().toList()) {
        RecordType t = RecordType.of(r);
        if (!SpreadsheetTemplate.supports(t)) {
          w.write(r);
          continue;
        }
        good.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
        EparRecord b = r;
        if (r instanceof Household h) {
          Integer wanted = BROKEN.get(householdIndex);
          if (wanted != null && !h.members().isEmpty()) {
            int member = Math.min(wanted, h.members().size() - 1);
            b = withBadId(h, member);
            expected.add(ref(householdRow + member, idColumn));
          }
          householdIndex++;
          householdRow += Math.max(1, h.members().size());
        }
        bad.computeIfAbsent(t, k -> new ArrayList<>()).add(b);
      }
    }
    assertEquals(3, expected.size(), "the sample has the households the test breaks");
    conforming = write("conforming.xlsx", good);
    broken = write("broken.xlsx", bad);
  }

  private static Household withBadId(Household h, int index) {
    List<Member> members = new ArrayList<>(h.members());
    Member m = members.get(index);
    String raw = java.util.Objects.requireNonNull(m.citizenId()).raw();
    char check = raw.charAt(17) == '0' ? '1' : '0';
    members.set(
        index,
        new Member(
            CitizenId.of(raw.substring(0, 17) + check),
            m.name(),
            m.phone(),
            m.labourCapacity(),
            m.migrant(),
            m.ableAndWilling(),
            m.disabled()));
    return new Household(h.id(), h.village(), h.registeredPoor(), h.status(), members);
  }

  private static Path write(String name, Map<RecordType, List<EparRecord>> sheets)
      throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(f)) {
      SpreadsheetTemplate.write(o, sheets);
    }
    return f;
  }

  private static int columnOf(RecordType type, String path) {
    List<Map.Entry<String, String>> headers = SpreadsheetTemplate.headers(type);
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).getValue().equals(path)) {
        return i;
      }
    }
    throw new AssertionError(path);
  }

  /** A1 reference of a 1-based row and 0-based column. */
  private static String ref(long row, int column) {
    StringBuilder b = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int m = (c - 1) % 26;
      b.insert(0, (char) ('A' + m));
      c = (c - m) / 26;
    }
    return b.toString() + row;
  }

  private static Run annotate(Path workbook, Path out, String lang) {
    return Run.validate(
        lang,
        "daming-2017",
        "2018-12-31",
        workbook.toString(),
        rest.toString(),
        "--annotate",
        out.toString());
  }

  @Test
  void conformingWorkbook_isAcceptedAndNoCellIsMarked() throws IOException {
    Path out = dir.resolve("conforming-annotated.xlsx");
    Run run = annotate(conforming, out, "en");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(Map.of(), comments(out));
  }

  @Test
  void brokenRows_markExactlyTheirCells_inTheUsersLanguage() throws IOException {
    Path out = dir.resolve("broken-annotated.xlsx");
    Run run = annotate(broken, out, "zh");
    assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
    Map<String, Map<String, String>> comments = comments(out);
    assertEquals(Set.of(HOUSEHOLDS), comments.keySet(), comments::toString);
    assertEquals(expected, new TreeSet<>(comments.get(HOUSEHOLDS).keySet()));
    for (String text : comments.get(HOUSEHOLDS).values()) {
      assertTrue(text.startsWith("[CORE-ID-01 ERROR] "), text);
      assertTrue(text.codePoints().anyMatch(cp -> cp >= 0x4e00 && cp <= 0x9fff), text);
    }
    assertTrue(run.err().contains("标注单元格 3 个"), run::toString);
  }

  @Test
  void annotatedCopy_keepsEverySheetAndValue_andAddsTheSummary() throws IOException {
    Path out = dir.resolve("values-annotated.xlsx");
    Run run = annotate(broken, out, "en");
    assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
    Map<String, List<List<String>>> original = texts(broken);
    Map<String, List<List<String>>> copy = texts(out);
    List<List<String>> summary = copy.remove("EPAR findings");
    assertEquals(original, copy);
    assertEquals(List.of("Rule", "Severity", "Count", "Message"), summary.get(0));
    assertEquals("CORE-ID-01", summary.get(1).get(0));
    assertEquals("ERROR", summary.get(1).get(1));
    assertEquals("3", summary.get(1).get(2));
  }

  /** The 1-based rows of the expected marked cells. */
  private static Set<Long> expectedRows() {
    Set<Long> rows = new TreeSet<>();
    for (String ref : expected) {
      rows.add(Long.parseLong(ref.replaceAll("^[A-Z]+", "")));
    }
    return rows;
  }

  private static Run validate(String lang, String format) {
    Run run =
        Run.validate(
            lang,
            "daming-2017",
            "2018-12-31",
            "--examples",
            "10",
            "--format",
            format,
            broken.toString(),
            rest.toString());
    assertEquals(Epar.REJECTED, run.exitCode(), run::toString);
    // the workbook is read through a temporary NDJSON file (epar-xlsx…/0-broken.xlsx.ndjson):
    // no output may name it
    assertFalse(run.all().contains("epar-xlsx"), run::toString);
    assertFalse(run.all().contains(".xlsx.ndjson"), run::toString);
    return run;
  }

  @Test
  void text_namesTheWorkbookSheetAndRowOfEachBrokenCell() {
    for (String lang : List.of("en", "zh")) {
      Run run = validate(lang, "text");
      for (long row : expectedRows()) {
        String place =
            lang.equals("en")
                ? broken + " sheet " + HOUSEHOLDS + " row " + row + "  household"
                : broken + " 工作表“" + HOUSEHOLDS + "”第 " + row + " 行  household";
        assertTrue(run.out().contains(place), () -> place + " in " + run);
      }
      String input = lang.equals("en") ? broken + " (XLSX): " : broken + "（XLSX）：";
      assertTrue(run.out().contains(input), run::toString);
    }
  }

  @Test
  void json_givesFileSheetAndRow_ofEachBrokenCell() throws IOException {
    JsonNode root = ValidateCommand.JSON.readTree(validate("en", "json").out());
    assertEquals(broken.toString(), root.at("/inputs/0/file").asText());
    assertEquals("xlsx", root.at("/inputs/0/format").asText());
    Set<Long> rows = new TreeSet<>();
    for (JsonNode f : root.at("/report/findings")) {
      if (f.get("rule_id").asText().equals("CORE-ID-01")) {
        JsonNode loc = f.get("location");
        assertEquals(broken.toString(), loc.get("file").asText(), loc::toString);
        assertEquals(HOUSEHOLDS, loc.get("sheet").asText(), loc::toString);
        assertFalse(loc.has("line"), loc::toString);
        rows.add(loc.get("row").asLong());
      }
    }
    assertEquals(expectedRows(), rows);
  }

  @Test
  void sarif_pointsAtTheWorkbook_withSheetAndRow_andStaysValid() throws IOException {
    JsonNode log = ValidateCommand.JSON.readTree(validate("zh", "sarif").out());
    assertEquals(Set.of(), SarifReportTest.SCHEMA.validate(log));
    String uri = SarifReport.uri(broken);
    JsonNode run = log.at("/runs/0");
    assertEquals(uri, run.at("/artifacts/0/location/uri").asText());
    Set<Long> rows = new TreeSet<>();
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals("CORE-ID-01")) {
        JsonNode loc = r.at("/locations/0");
        assertEquals(uri, loc.at("/physicalLocation/artifactLocation/uri").asText());
        assertTrue(loc.at("/physicalLocation/region").isMissingNode(), loc::toString);
        long row = loc.at("/physicalLocation/properties/row").asLong();
        assertEquals(HOUSEHOLDS, loc.at("/physicalLocation/properties/sheet").asText());
        assertEquals(
            HOUSEHOLDS + "!" + row, loc.at("/logicalLocations/0/fullyQualifiedName").asText());
        rows.add(row);
      }
    }
    assertEquals(expectedRows(), rows);
  }

  @Test
  void annotate_withoutAWorkbook_isAUsageError() {
    Run run =
        Run.epar(
            "--lang",
            "en",
            "validate",
            "--profile",
            "daming-2017",
            rest.toString(),
            "--annotate",
            dir.resolve("x.xlsx").toString());
    assertEquals(Epar.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--annotate needs exactly one .xlsx file"), run::toString);
    assertTrue(Files.notExists(dir.resolve("x.xlsx")));
  }

  /** Every sheet's cell texts, row by row (trailing empty cells dropped). */
  private static Map<String, List<List<String>>> texts(Path xlsx) throws IOException {
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      for (Sheet s : wb.getSheets().toList()) {
        List<List<String>> rows = new ArrayList<>();
        try (Stream<Row> stream = s.openStream()) {
          for (Row r : (Iterable<Row>) stream::iterator) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.getCellCount(); c++) {
              Cell cell = r.getCell(c);
              cells.add(cell == null || cell.getRawValue() == null ? "" : cell.getText());
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
              cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
              rows.add(cells);
            }
          }
        }
        out.put(s.getName(), rows);
      }
    }
    return out;
  }

  private static final Pattern SHEET =
      Pattern.compile("<sheet [^>]*name=\"([^\"]+)\"[^>]*r:id=\"([^\"]+)\"");
  private static final Pattern REL =
      Pattern.compile("<Relationship [^>]*Id=\"([^\"]+)\"[^>]*Target=\"([^\"]+)\"");
  private static final Pattern REL_REVERSED =
      Pattern.compile("<Relationship [^>]*Target=\"([^\"]+)\"[^>]*Id=\"([^\"]+)\"");
  private static final Pattern COMMENT =
      Pattern.compile("<comment ref=\"([A-Z]+[0-9]+)\"[^>]*>(.*?)</comment>", Pattern.DOTALL);

  /**
   * The cell comments of a workbook, by sheet name and cell reference, read from the package's
   * parts (fastexcel-reader does not read comments).
   */
  static Map<String, Map<String, String>> comments(Path xlsx) throws IOException {
    Map<String, Map<String, String>> out = new HashMap<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      Map<String, String> relTargets = rels(zip, "xl/_rels/workbook.xml.rels");
      Matcher sheets = SHEET.matcher(part(zip, "xl/workbook.xml"));
      while (sheets.find()) {
        String name = unescape(sheets.group(1));
        String sheetPart = "xl/" + relTargets.get(sheets.group(2)).replaceFirst("^/?xl/", "");
        String relsPart = sheetPart.replaceFirst("([^/]+)$", "_rels/$1.rels");
        if (zip.getEntry(relsPart) == null) {
          continue;
        }
        for (String target : rels(zip, relsPart).values()) {
          if (!target.contains("comments")) {
            continue;
          }
          String commentsPart =
              Path.of(sheetPart).getParent().resolve(target).normalize().toString();
          Matcher m = COMMENT.matcher(part(zip, commentsPart));
          while (m.find()) {
            out.computeIfAbsent(name, k -> new HashMap<>())
                .put(m.group(1), unescape(m.group(2).replaceAll("<[^>]+>", "")));
          }
        }
      }
    }
    return out;
  }

  private static Map<String, String> rels(ZipFile zip, String name) throws IOException {
    Map<String, String> out = new HashMap<>();
    String xml = part(zip, name);
    Matcher m = REL.matcher(xml);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    Matcher r = REL_REVERSED.matcher(xml);
    while (r.find()) {
      out.putIfAbsent(r.group(2), r.group(1));
    }
    return out;
  }

  private static String part(ZipFile zip, String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      throw new AssertionError("no part " + name);
    }
    try (InputStream in = zip.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

  private static String unescape(String xml) {
    Matcher m = NUMERIC.matcher(xml);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(cp))));
    }
    m.appendTail(b);
    return b.toString()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
