package org.epar.grpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.epar.core.id.TraceCode;
import org.epar.core.json.EparJson;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.Dataset;
import org.epar.core.model.EparRecord;
import org.epar.grpc.v1.DailyRecordBatch;
import org.epar.grpc.v1.DailyReportEnd;
import org.epar.grpc.v1.GetSubmissionRequest;
import org.epar.grpc.v1.ListSubmissionsRequest;
import org.epar.grpc.v1.SubmitAnnualReportRequest;
import org.epar.grpc.v1.SubmitDailyReportRequest;
import org.epar.grpc.v1.SubmitMonthlyReportRequest;
import org.epar.grpc.v1.SubmitQuarterlyReportRequest;

/**
 * Writes the seed corpus of the Jazzer targets in {@code org.epar.grpc.fuzz} (the files under
 * {@code src/test/resources/org/epar/grpc/fuzz/*Inputs/}); run it from the module directory to
 * regenerate them. Not a test: the seeds are committed, and {@code mvn verify} replays them.
 */
final class FuzzSeeds {

  private static final Path ROOT = Path.of("src/test/resources/org/epar/grpc/fuzz");

  private FuzzSeeds() {}

  /**
   * Writes every seed.
   *
   * @param args unused
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    String contractor = Fixtures.A.raw();
    text(
        "IdentifierFuzzTest",
        "citizenId",
        Map.of(
            "valid-18",
            "11010519491231002X",
            "valid-18-lower-x",
            "11010519491231002x",
            "bad-check",
            "110105194912310021",
            "legacy-15",
            "130425491231002",
            "future-birth",
            "110105209912310028",
            "blank",
            " ",
            "letters",
            "ABCDEFGHIJKLMNOPQR"));
    text(
        "IdentifierFuzzTest",
        "creditCode",
        Map.of(
            "valid",
            contractor,
            "valid-2",
            Fixtures.B.raw(),
            "bad-check",
            "91130425MA0A1B2C3Q",
            "short",
            "91130425",
            "forbidden-letter",
            "91130425MA0A1B2CIO"));
    text(
        "IdentifierFuzzTest",
        "divisionCode",
        Map.of(
            "county",
            "130425",
            "township-12",
            "130425100000",
            "village-12",
            "130425100201",
            "province",
            "130000",
            "odd-length",
            "1304251",
            "letters",
            "13A425"));
    text(
        "IdentifierFuzzTest",
        "traceCode",
        Map.of(
            "product", TraceCode.product(Fixtures.A, "LOT201803").raw(),
            "village", TraceCode.village("130425100201", "EGG01").raw(),
            "gtin", TraceCode.gtin("06901234567892").raw(),
            "digital-link", "https://id.gs1.org/01/" + TraceCode.gtin("06901234567892").raw(),
            "garbage", "EPAR-???"));
    text(
        "DecimalFuzzTest",
        "money",
        Map.of(
            "plain",
            "1500.00",
            "negative",
            "-3.00",
            "fen",
            "0.05",
            "one-decimal",
            "1500.5",
            "grouped",
            "1,500.00",
            "exponent",
            "1E3",
            "three-decimals",
            "1.005",
            "long-max",
            "92233720368547758.07",
            "over-long",
            "92233720368547758.08"));
    text(
        "DecimalFuzzTest",
        "boundedDecimal",
        Map.of(
            "ratio",
            "0.45",
            "tiny-exponent",
            "1E-100000",
            "exponent-30",
            "1e30",
            "exponent-31",
            "1e31",
            "chars-40",
            "1234567890123456789012345678901234567.89",
            "chars-41",
            "1234567890123456789012345678901234567.890",
            "signed",
            "+.5e-3",
            "no-digits",
            "-.e5",
            "scale",
            "1.50"));

    EparRecord daily = TestReports.daily(Fixtures.A, "20180315", 3, 2, 2);
    EparRecord monthly = TestReports.monthly(Fixtures.A, "201803", 150_000, -5);
    EparRecord quarterly = TestReports.quarterly(Fixtures.A, "2018Q1", "季度总结");
    AnnualReport annual = TestReports.annual(Fixtures.A, "2017", "annual summary");
    StringBuilder ndjson = new StringBuilder();
    for (EparRecord r : List.of(daily, monthly, quarterly, annual)) {
      ndjson
          .append(EparJson.mapper().writerFor(EparRecord.class).writeValueAsString(r))
          .append('\n');
    }
    text(
        "NdjsonFuzzTest",
        "readRecords",
        Map.of(
            "reports", ndjson.toString(),
            "mixed",
                "{\"type\":\"unknown\"}\n\n{not json\r\n{\"type\":\"device_day\",\"id\":\"d1\"}\n",
            "wrong-type", "{\"type\":\"transaction\",\"amount\":\"x\",\"quantity\":\"many\"}\n"));

    org.epar.grpc.v1.DailyReport dailyProto =
        ProtoMapper.toProto(TestReports.daily(Fixtures.A, "20180315", 3, 2, 2));
    Dataset dataset = Dataset.of(Fixtures.DAMING, List.of(daily, monthly, quarterly, annual));
    bytes(
        "ProtoMappingFuzzTest",
        "bytesToModel",
        Map.of(
            "daily", prefixed(0, dailyProto.toByteArray()),
            "monthly",
                prefixed(
                    1,
                    ProtoMapper.toProto(TestReports.monthly(Fixtures.A, "201803", 1, -2))
                        .toByteArray()),
            "quarterly",
                prefixed(
                    2,
                    ProtoMapper.toProto(TestReports.quarterly(Fixtures.A, "2018Q1", "s"))
                        .toByteArray()),
            "annual", prefixed(3, ProtoMapper.toProto(annual).toByteArray()),
            "dataset", prefixed(4, ProtoMapper.toProto(dataset).toByteArray())));

    DailyRecordBatch batch =
        DailyRecordBatch.newBuilder()
            .addAllTransactions(dailyProto.getTransactionsList())
            .addAllShipments(dailyProto.getShipmentsList())
            .addAllDeviceDays(dailyProto.getDeviceDaysList())
            .build();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(batch.toByteArray());
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (SubmitDailyReportRequest m :
        List.of(
            SubmitDailyReportRequest.newBuilder()
                .setRequestId("fuzz-daily-1")
                .setHeader(dailyProto.getHeader())
                .build(),
            SubmitDailyReportRequest.newBuilder().setBatch(batch).build(),
            SubmitDailyReportRequest.newBuilder()
                .setEnd(
                    DailyReportEnd.newBuilder()
                        .setRecordCount(7)
                        .setRecordsSha256(HexFormat.of().formatHex(digest)))
                .build())) {
      byte[] b = m.toByteArray();
      stream.write(b.length >> 8);
      stream.write(b.length & 0xff);
      stream.write(b);
    }
    bytes(
        "ServiceFuzzTest",
        "request",
        Map.of(
            "daily", service(0, 1, stream.toByteArray()),
            "monthly",
                service(
                    1,
                    0,
                    SubmitMonthlyReportRequest.newBuilder()
                        .setRequestId("fuzz-m-1")
                        .setReport(
                            ProtoMapper.toProto(
                                TestReports.monthly(Fixtures.A, "201803", 150_000, -5)))
                        .build()
                        .toByteArray()),
            "quarterly-validate-only",
                service(
                    2,
                    1,
                    SubmitQuarterlyReportRequest.newBuilder()
                        .setRequestId("fuzz-q-1")
                        .setValidateOnly(true)
                        .setReport(
                            ProtoMapper.toProto(TestReports.quarterly(Fixtures.A, "2018Q1", "总结")))
                        .build()
                        .toByteArray()),
            "annual",
                service(
                    3,
                    0,
                    SubmitAnnualReportRequest.newBuilder()
                        .setRequestId("fuzz-a-1")
                        .setReport(ProtoMapper.toProto(annual))
                        .build()
                        .toByteArray()),
            "get",
                service(
                    4,
                    1,
                    GetSubmissionRequest.newBuilder()
                        .setName("submissions/1")
                        .build()
                        .toByteArray()),
            "list",
                service(
                    5,
                    0,
                    ListSubmissionsRequest.newBuilder()
                        .setPageSize(2)
                        .setPageToken("djF8MA")
                        .build()
                        .toByteArray()),
            "malformed", service(1, 0, new byte[] {0x1a, 0x7f, 0x01, 0x02})));
  }

  private static byte[] prefixed(int selector, byte[] body) {
    byte[] out = new byte[body.length + 1];
    out[0] = (byte) selector;
    System.arraycopy(body, 0, out, 1, body.length);
    return out;
  }

  private static byte[] service(int method, int language, byte[] body) {
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) method;
    out[1] = (byte) language;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  private static void text(String test, String method, Map<String, String> seeds)
      throws IOException {
    Map<String, byte[]> b = new java.util.TreeMap<>();
    seeds.forEach((k, v) -> b.put(k, v.getBytes(StandardCharsets.UTF_8)));
    bytes(test, method, b);
  }

  private static void bytes(String test, String method, Map<String, byte[]> seeds)
      throws IOException {
    Path dir = ROOT.resolve(test + "Inputs").resolve(method);
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> e : seeds.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
  }
}
