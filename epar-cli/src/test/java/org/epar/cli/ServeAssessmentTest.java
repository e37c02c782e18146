package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.ReportHeader;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.EparClient;
import org.epar.grpc.EparRpcException;
import org.epar.grpc.EparServer;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.v1.Assessment;
import org.epar.grpc.v1.ListCountyAssessmentsResponse;
import org.epar.grpc.v1.Submission;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code epar serve} serves GetAssessment and ListCountyAssessments over its own store: a county
 * token reads its county and no other, a province token lists its counties, a contractor token is
 * refused; the assessed counties default to those of the county tokens.
 */
class ServeAssessmentTest {

  static final String CODE = "91130425MA0A1B2C3P";
  static final String TOKENS =
      "tok-a = "
          + CODE
          + "\n"
          + "tok-c = county:130425\n"
          + "tok-x = county:130424\n"
          + "tok-p = province:13\n";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static EparClient client(EparServer s, String token) {
    return EparClient.builder()
        .target("127.0.0.1:" + s.port())
        .credentials(token)
        .deadline(Duration.ofSeconds(30))
        .build();
  }

  private static EparServer serve(Path tokens, ServeCommand.AssessChoice assess) {
    ServeCommand.Settings s =
        new ServeCommand.Settings(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            tokens,
            null,
            null,
            null,
            ServeCommand.StoreChoice.memory(InMemorySubmissionStore.DEFAULT_CAPACITY),
            assess);
    return ServeCommand.start(s, Profiles.builtIn("daming-2017"), ServeCommandTest.EN);
  }

  private static QuarterlyReport quarterly() {
    return new QuarterlyReport(
        new ReportHeader(
            CreditCode.of(CODE),
            DivisionCode.of("130425"),
            ReportType.QUARTERLY,
            ReportingPeriod.parse("2018Q1"),
            null,
            null),
        null,
        null,
        "summary");
  }

  @Test
  void countyToken_readsItsCounty_contractorAndOtherCountyAreRefused(@TempDir Path dir)
      throws IOException {
    Path t = ServeCommandTest.tokens(dir, TOKENS);
    try (EparServer s = serve(t, new ServeCommand.AssessChoice(List.of(), TODAY.withDayOfYear(1)));
        EparClient contractor = client(s, "tok-a");
        EparClient county = client(s, "tok-c");
        EparClient other = client(s, "tok-x")) {
      Submission sent = contractor.submitQuarterly(quarterly(), "assess-1");
      Assessment a = county.getAssessment("130425", TODAY);
      assertTrue(a.getCounty().startsWith("130425"), a::getCounty);
      assertEquals(TODAY.toString(), a.getAsOf());
      assertEquals(
          sent.getState() == org.epar.grpc.v1.SubmissionState.SUBMISSION_STATE_ACCEPTED ? 1 : 0,
          a.getSubmissionsRead(),
          sent::toString);

      EparRpcException byContractor =
          assertThrows(EparRpcException.class, () -> contractor.getAssessment("130425", TODAY));
      assertEquals("NOT_ALLOWED_TO_ASSESS", byContractor.reason());
      EparRpcException foreign =
          assertThrows(EparRpcException.class, () -> other.getAssessment("130425", TODAY));
      assertEquals("NOT_ALLOWED_TO_ASSESS", foreign.reason());
      assertTrue(other.getAssessment("130424", TODAY).getCounty().startsWith("130424"));
    }
  }

  @Test
  void provinceToken_listsTheCountiesOfTheCountyTokens(@TempDir Path dir) throws IOException {
    Path t = ServeCommandTest.tokens(dir, TOKENS);
    try (EparServer s = serve(t, ServeCommand.AssessChoice.DEFAULT);
        EparClient province = client(s, "tok-p");
        EparClient county = client(s, "tok-c")) {
      ListCountyAssessmentsResponse page = province.listCountyAssessments(TODAY, 1, "");
      assertEquals(1, page.getCountiesCount());
      assertFalse(page.getNextPageToken().isEmpty());
      ListCountyAssessmentsResponse rest =
          province.listCountyAssessments(TODAY, 1, page.getNextPageToken());
      assertEquals(1, rest.getCountiesCount());
      assertTrue(rest.getNextPageToken().isEmpty());
      EparRpcException notProvince =
          assertThrows(EparRpcException.class, () -> county.listCountyAssessments(TODAY, 0, ""));
      assertEquals("NOT_ALLOWED_TO_ASSESS", notProvince.reason());
    }
  }

  @Test
  void assessCounty_namesTheCounties_othersAreNotAssessed(@TempDir Path dir) throws IOException {
    Path t = ServeCommandTest.tokens(dir, TOKENS);
    try (EparServer s = serve(t, new ServeCommand.AssessChoice(List.of("130424"), null));
        EparClient county = client(s, "tok-c");
        EparClient other = client(s, "tok-x")) {
      assertTrue(other.getAssessment("130424", TODAY).getCounty().startsWith("130424"));
      EparRpcException none =
          assertThrows(EparRpcException.class, () -> county.getAssessment("130425", TODAY));
      assertEquals("COUNTY_NOT_ASSESSED", none.reason());
    }
  }

  @Test
  void noCountyToken_noAssessor(@TempDir Path dir) throws IOException {
    assertNull(
        ServeCommand.assessor(
            ServeCommand.AssessChoice.DEFAULT,
            Map.of(),
            new InMemorySubmissionStore(1),
            Profiles.builtIn("daming-2017")));
    Path t = ServeCommandTest.tokens(dir, "tok-a = " + CODE + "\n");
    try (EparServer s = serve(t, ServeCommand.AssessChoice.DEFAULT);
        EparClient contractor = client(s, "tok-a")) {
      assertThrows(EparRpcException.class, () -> contractor.getAssessment("130425", TODAY));
    }
  }

  @Test
  void badAssessOptions_oneLine(@TempDir Path dir) throws IOException {
    Path t = ServeCommandTest.tokens(dir, TOKENS);
    ServeCommandTest.oneLine(
        Run.epar(
            "--lang",
            "en",
            "serve",
            "--tokens",
            t.toString(),
            "--store",
            "memory",
            "--assess-county",
            "1304"),
        "--assess-county 1304 is not a 6-digit county code");
    ServeCommandTest.oneLine(
        Run.epar(
            "--lang",
            "en",
            "serve",
            "--tokens",
            t.toString(),
            "--store",
            "memory",
            "--assess-county",
            "130400"),
        "--assess-county 130400 is not a 6-digit county code");
    ServeCommandTest.oneLine(
        Run.epar(
            "--lang",
            "en",
            "serve",
            "--tokens",
            t.toString(),
            "--store",
            "memory",
            "--programme-start",
            "2018-13-01"),
        "--programme-start is not a date (yyyy-MM-dd): 2018-13-01");
  }

  @Test
  void tokensFile_countyAndProvinceTokens_checkedWithTheirLineNumber() {
    Path f = Path.of("t.properties");
    Map<String, org.epar.grpc.spi.Principal> ok =
        TokensFile.parse(
            "a = contractor:" + CODE + "\nc = county:130425\np = province:13\n",
            f,
            ServeCommandTest.EN);
    assertEquals(org.epar.grpc.spi.Principal.Role.CONTRACTOR, ok.get("a").role());
    assertEquals(org.epar.grpc.spi.Principal.Role.COUNTY, ok.get("c").role());
    assertEquals(org.epar.grpc.spi.Principal.Role.PROVINCE, ok.get("p").role());
    for (String bad :
        List.of(
            "county:13042",
            "county:1304250",
            "county:130400",
            "county:130425 reports.read",
            "province:1",
            "province:130",
            "province:13 reports.read")) {
      Failures.CliException e =
          assertThrows(
              Failures.CliException.class,
              () -> TokensFile.parse("a = " + CODE + "\nx = " + bad + "\n", f, ServeCommandTest.EN),
              bad);
      assertTrue(e.getMessage().contains("line 2"), e::getMessage);
    }
  }
}
