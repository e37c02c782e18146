package org.epar.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Direction;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Member;
import org.epar.core.model.PovertyStatus;
import org.epar.core.model.RecordType;
import org.epar.core.model.Transaction;
import org.epar.core.money.Money;
import org.epar.spreadsheet.SpreadsheetProblem.Reason;
import org.epar.spreadsheet.internal.Cells;
import org.epar.spreadsheet.internal.Column;
import org.epar.spreadsheet.internal.RawCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderProblemsTest {

  private final List<EparRecord> records = new ArrayList<>();
  private final List<SpreadsheetProblem> problems = new ArrayList<>();

  @Test
  void gbkCsv_chineseNames_readInAnyColumnOrderWithMixedHeaders(@TempDir Path dir)
      throws IOException {
    String csv =
        """
        成员姓名,户编号,status,所在村代码,建档立卡,劳动能力,members.citizenId
        张三,h-1,已脱贫,130425100201,是,有劳动能力,130425199001011234
        欧阳娜娜,h-1,,,,弱劳动力,
        王五,h-2,未脱贫,130425100202,否,无劳动能力,
        """;
    Path file = dir.resolve("建档立卡贫困户.csv");
    Files.write(file, csv.getBytes(Charset.forName("GBK")));
    ReadSummary s = SpreadsheetReader.read(file, r -> records.add(r.record()), problems::add);

    assertEquals(List.of(), problems);
    assertEquals("GB18030", s.encoding());
    DivisionCode v1 = DivisionCode.of("130425100201");
    assertEquals(
        List.of(
            new Household(
                "h-1",
                v1,
                true,
                PovertyStatus.LIFTED,
                List.of(
                    new Member(
                        CitizenId.of("130425199001011234"),
                        "张三",
                        null,
                        LabourCapacity.FULL,
                        false,
                        false,
                        false),
                    new Member(null, "欧阳娜娜", null, LabourCapacity.PARTIAL, false, false, false))),
            new Household(
                "h-2",
                DivisionCode.of("130425100202"),
                false,
                PovertyStatus.POOR,
                List.of(new Member(null, "王五", null, LabourCapacity.NONE, false, false, false)))),
        records);
  }

  @Test
  void utf8Csv_isReadAsUtf8_andGbkBytesAreNotMistakenForIt(@TempDir Path dir) throws IOException {
    String csv = "户编号,成员姓名\nh-1,张三\n";
    Path utf8 = dir.resolve("household.csv");
    Files.write(utf8, csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "UTF-8",
        SpreadsheetReader.read(utf8, r -> records.add(r.record()), problems::add).encoding());
    Path gbk = dir.resolve("x.household.csv");
    Files.write(gbk, csv.getBytes(Charset.forName("GBK")));
    assertEquals(
        "GB18030",
        SpreadsheetReader.read(gbk, r -> records.add(r.record()), problems::add).encoding());
    assertEquals(records.get(0), records.get(1));
    assertEquals("张三", ((Household) records.get(1)).members().get(0).name());
  }

  @Test
  void csvInNeitherEncoding_isUnreadable(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("household.csv");
    Files.write(file, new byte[] {'i', 'd', '\n', (byte) 0xff, (byte) 0xff, (byte) 0xff, '\n'});
    SpreadsheetException e =
        assertThrows(
            SpreadsheetException.class,
            () -> SpreadsheetReader.read(file, r -> records.add(r.record()), problems::add));
    assertTrue(e.getMessage().contains("neither UTF-8 nor GBK"), e.getMessage());
  }

  @Test
  void malformedCells_eachReportedAtItsRowAndColumn_andTheOtherRowsRead() {
    String csv =
        """
        编号,日期,方向,金额（元）,订单数,备注
        t-1,2017-05-01,农产品上行,12.34,2147483647,x

        t-2,2017-13-01,上行,12.345,2147483648,y
        t-3,2017/5/2,DOWNWARD,0.01,0,z
        t-4,#,工业品下行,1E2,-2147483648,
        """;
    ReadSummary s =
        SpreadsheetReader.readCsv(
            new StringReader(csv),
            RecordType.TRANSACTION,
            r -> records.add(r.record()),
            problems::add);

    assertEquals(
        List.of(
            new SpreadsheetProblem("交易", 1, "F", Reason.UNKNOWN_COLUMN, ""),
            new SpreadsheetProblem("交易", 4, "B", Reason.NOT_A_DATE, ""),
            new SpreadsheetProblem("交易", 4, "C", Reason.UNKNOWN_TERM, "农产品上行、工业品下行"),
            new SpreadsheetProblem("交易", 4, "D", Reason.NOT_MONEY, ""),
            new SpreadsheetProblem("交易", 4, "E", Reason.NOT_AN_INTEGER, ""),
            new SpreadsheetProblem("交易", 6, "B", Reason.NOT_A_DATE, "")),
        problems);

    assertEquals(
        List.of(
            new Transaction(
                "t-1",
                null,
                null,
                LocalDate.of(2017, 5, 1),
                Direction.UPWARD,
                Money.ofFen(1234),
                Integer.MAX_VALUE,
                null,
                null),
            new Transaction(
                "t-3",
                null,
                null,
                LocalDate.of(2017, 5, 2),
                Direction.DOWNWARD,
                Money.ofFen(1),
                0,
                null,
                null)),
        records);
    assertEquals(2, s.records());
    assertEquals(6, s.problems());
    assertFalse(s.clean());
  }

  @Test
  void dates_leapDayAndItsFalseTwin_andMoneyAtTwoDecimals() {
    String csv = "编号,日期,金额（元）\nt-1,2016-02-29,0.01\nt-2,2017-02-29,0.001\nt-3,2017.12.31,-0.10\n";
    SpreadsheetReader.readCsv(
        new StringReader(csv), RecordType.TRANSACTION, r -> records.add(r.record()), problems::add);
    assertEquals(
        List.of(
            new SpreadsheetProblem("交易", 3, "B", Reason.NOT_A_DATE, ""),
            new SpreadsheetProblem("交易", 3, "C", Reason.NOT_MONEY, "")),
        problems);
    assertEquals(LocalDate.of(2016, 2, 29), ((Transaction) records.get(0)).date());
    assertEquals(Money.ofFen(-10), ((Transaction) records.get(1)).amount());
  }

  @Test
  void errorCell_isReported() {
    Column date =
        org.epar.spreadsheet.internal.Layout.of(RecordType.TRANSACTION)
            .orElseThrow()
            .column("date")
            .orElseThrow();
    assertEquals(Reason.CELL_ERROR, Cells.read(date, new RawCell("#DIV/0!", false, true)).reason());
    assertEquals(
        LocalDate.of(2017, 5, 1), Cells.read(date, new RawCell("42856", true, false)).value());
  }

  @Test
  void problems_neverQuoteACell_evenPersonalDataInTheWrongColumn() {
    String csv = "户编号,建档立卡,脱贫状态,成员身份证号,成员姓名\nh-1,张三,130425199001011234,130425199001011234,张三\n";
    SpreadsheetReader.readCsv(
        new StringReader(csv), RecordType.HOUSEHOLD, r -> records.add(r.record()), problems::add);
    assertEquals(
        List.of(
            new SpreadsheetProblem("建档立卡贫困户", 2, "B", Reason.NOT_YES_NO, ""),
            new SpreadsheetProblem("建档立卡贫困户", 2, "C", Reason.UNKNOWN_TERM, "未脱贫、已脱贫、返贫")),
        problems);
    assertFalse(problems.toString().contains("张三"));
    assertFalse(problems.toString().contains("1304251990"));
    assertEquals(List.of(), records);
  }

  @Test
  void householdRows_conflictingValueOnASecondRow_isReported() {
    String csv = "户编号,所在村代码,成员姓名\nh-1,130425100201,甲\nh-1,130425100209,乙\nh-2,130425100201,丙\n";
    SpreadsheetReader.readCsv(
        new StringReader(csv), RecordType.HOUSEHOLD, r -> records.add(r.record()), problems::add);
    assertEquals(
        List.of(new SpreadsheetProblem("建档立卡贫困户", 3, "B", Reason.CONFLICTING_VALUE, "village")),
        problems);
    assertEquals(1, records.size());
    assertEquals("h-2", ((Household) records.get(0)).id());
  }

  @Test
  void requiredColumnMissing_skipsTheSheet_andAnEmptyRequiredCellSkipsTheRow() {
    SpreadsheetReader.readCsv(
        new StringReader("名称\n大名县\n"),
        RecordType.COUNTY,
        r -> records.add(r.record()),
        problems::add);
    assertEquals(
        List.of(new SpreadsheetProblem("县", 1, "", Reason.MISSING_COLUMN, "code (县代码)")), problems);
    problems.clear();
    SpreadsheetReader.readCsv(
        new StringReader("县代码,名称\n,大名县\n130425000000,大名县\n"),
        RecordType.COUNTY,
        r -> records.add(r.record()),
        problems::add);
    assertEquals(
        List.of(new SpreadsheetProblem("县", 2, "A", Reason.MISSING_VALUE, "code")), problems);
    assertEquals(1, records.size());
  }

  @Test
  void xlsxWrittenByAnotherProgram_numbersDatesAndSheetNames(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "other", "1.0");
      Worksheet ws = wb.newWorksheet("household");
      ws.value(0, 0, "members.citizenId");
      ws.value(0, 1, "id");
      ws.value(0, 2, "village");
      ws.value(1, 0, new BigDecimal("130425199001011234")); // 18 digits typed as a number
      ws.value(1, 1, "h-1");
      ws.value(2, 0, "130425199001011234");
      ws.value(2, 1, "h-2");
      ws.value(2, 2, new BigDecimal("130425100201")); // 12 digits as a number: kept exactly
      Worksheet t = wb.newWorksheet("交易");
      t.value(0, 0, "编号");
      t.value(0, 1, "日期");
      t.value(1, 0, "t-1");
      t.value(1, 1, LocalDate.of(2017, 5, 1)); // an Excel date
      Worksheet other = wb.newWorksheet("说明");
      other.value(0, 0, "填表说明");
      Worksheet reports = wb.newWorksheet("daily_report");
      reports.value(0, 0, "x");
      wb.finish();
    }
    SpreadsheetReader.read(file, r -> records.add(r.record()), problems::add);
    assertEquals(
        List.of(
            new SpreadsheetProblem("household", 2, "A", Reason.NUMBER_AS_IDENTIFIER, ""),
            new SpreadsheetProblem("说明", 0, "", Reason.UNKNOWN_SHEET, ""),
            new SpreadsheetProblem("daily_report", 0, "", Reason.UNSUPPORTED_TYPE, "")),
        problems);
    assertEquals(
        List.of(
            new Household(
                "h-2",
                DivisionCode.of("130425100201"),
                false,
                null,
                List.of(
                    new Member(
                        CitizenId.of("130425199001011234"),
                        null,
                        null,
                        null,
                        false,
                        false,
                        false))),
            new Transaction(
                "t-1", null, null, LocalDate.of(2017, 5, 1), null, null, 0, null, null)),
        records);
  }

  @Test
  void unreadableFiles_areExceptionsThatSayWhy(@TempDir Path dir) throws IOException {
    Path notXlsx = dir.resolve("a.xlsx");
    Files.writeString(notXlsx, "id\n");
    assertTrue(
        assertThrows(
                SpreadsheetException.class, () -> SpreadsheetReader.read(notXlsx, r -> {}, p -> {}))
            .getMessage()
            .contains("not a readable XLSX workbook"));
    assertTrue(
        assertThrows(
                SpreadsheetException.class, () -> SpreadsheetReader.read(dir, r -> {}, p -> {}))
            .getMessage()
            .contains("directory"));
    Path unnamed = dir.resolve("data.csv");
    Files.writeString(unnamed, "id\n");
    assertTrue(
        assertThrows(
                SpreadsheetException.class, () -> SpreadsheetReader.read(unnamed, r -> {}, p -> {}))
            .getMessage()
            .contains("names no record type"));
  }
}
