package org.epar.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.epar.core.model.RecordType;
import org.junit.jupiter.api.Test;

/** What a template workbook contains, read from its XML parts. */
class TemplateTest {

  private static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> parts = new HashMap<>();
    Path file = Files.createTempFile("template", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          try (InputStream in = zip.getInputStream(e)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // fastexcel writes non-ASCII text as character references
            parts.put(
                e.getName(),
                java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                    .matcher(xml)
                    .replaceAll(
                        m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
          }
        }
      }
    } finally {
      Files.delete(file);
    }
    return parts;
  }

  @Test
  void householdTemplate_hasChineseHeadersNotesDropDownsAndAFrozenRow() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpreadsheetTemplate.write(out, EnumSet.of(RecordType.HOUSEHOLD, RecordType.COUNTY));
    Map<String, String> parts = parts(out.toByteArray());
    String workbook = parts.get("xl/workbook.xml");
    // the lists sheet first and hidden, then the types in declaration order
    assertTrue(
        workbook.matches("(?s).*name=\"_选项\"[^>]*state=\"hidden\".*name=\"县\".*name=\"建档立卡贫困户\".*"),
        workbook);
    String sheet = parts.get("xl/worksheets/sheet3.xml");
    String strings = parts.getOrDefault("xl/sharedStrings.xml", "") + sheet;
    for (String header : List.of("户编号", "所在村代码", "建档立卡", "脱贫状态", "成员身份证号", "成员姓名", "劳动能力")) {
      assertTrue(strings.contains(header), header);
    }
    assertTrue(sheet.contains("state=\"frozen\""), "frozen header row");
    assertTrue(sheet.contains("ySplit=\"1\""), "frozen below row 1");
    // drop-downs: registeredPoor (是/否), status, labourCapacity, and the 3 yes/no of a member
    long lists = sheet.split("type=\"list\"", -1).length - 1;
    assertEquals(6, lists, sheet);
    assertTrue(sheet.contains("'_选项'!$A$2:$A$3"), "yes/no list");
    String comments =
        parts.entrySet().stream()
            .filter(e -> e.getKey().contains("comments"))
            .map(Map.Entry::getValue)
            .reduce("", String::concat);
    assertTrue(comments.contains("members.citizenId"), "English field name in the note");
    assertTrue(comments.contains("18位公民身份号码"), "input hint in the note");
    assertTrue(comments.contains("日期") || comments.contains("从下拉列表选择：未脱贫、已脱贫、返贫"));
  }

  @Test
  void csvTemplate_isTheChineseHeaderRowInUtf8WithBom() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpreadsheetTemplate.writeCsv(out, RecordType.TRANSACTION);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals("\ufeff编号,站点编号,网店编号,日期,方向,金额（元）,订单数,贫困户编号,产品编号\n", text);
  }

  @Test
  void reportsAndNoTypes_areRefused() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SpreadsheetTemplate.write(
                out, EnumSet.of(RecordType.HOUSEHOLD, RecordType.MONTHLY_REPORT)));
    assertThrows(
        IllegalArgumentException.class,
        () -> SpreadsheetTemplate.write(out, EnumSet.noneOf(RecordType.class)));
    assertThrows(
        IllegalArgumentException.class,
        () -> SpreadsheetTemplate.writeCsv(out, RecordType.ANNUAL_REPORT));
  }
}
