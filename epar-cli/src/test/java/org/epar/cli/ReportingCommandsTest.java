package org.epar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.epar.core.json.EparJson;
import org.epar.core.model.Disbursement;
import org.epar.core.model.DisbursementKind;
import org.epar.core.model.MonthlyReport;
import org.epar.core.money.Money;
import org.epar.grpc.EparServer;
import org.epar.testkit.Counties;
import org.epar.validation.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code epar demo}, {@code epar serve} and {@code epar submit} against a real server. */
class ReportingCommandsTest {

  @Test
  void demo_printsOutcomesTimelinessAndTargets() {
    Run run = Run.epar("--lang", "en", "demo");
    assertEquals(Epar.OK, run.exitCode(), run::toString);
    String out = run.out();
    assertTrue(out.contains("30 accepted, 0 rejected"), run::toString);
    assertTrue(out.matches("(?s).*MONTHLY +201806 +ACCEPTED +LATE.*"), run::toString);
    assertTrue(
        out.matches("(?s).*MONTHLY +201806 +REJECTED +ON TIME +DM-FUND-05.*"), run::toString);
    assertTrue(out.matches("(?s).*ANNUAL +2018 +ACCEPTED +ON TIME.*"), run::toString);
    for (String kpi :
        List.of("DM-SITE-02", "DM-TRAIN-01", "DM-TRAIN-03", "DM-OPS-01", "DM-OPS-02", "UPWARD ")) {
      assertTrue(out.contains(kpi), () -> kpi + " missing\n" + run);
    }
    assertFalse(run.all().contains("Exception"), run::toString);
  }

  @Test
  void demo_inChinese() {
    Run run = Run.epar("--lang", "zh", "demo");
    assertEquals(Epar.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("逾期"), run::toString);
    assertTrue(run.out().contains("不通过"), run::toString);
    assertTrue(run.out().contains("资金占比"), run::toString);
  }

  @Test
  void serveAndSubmit_acceptedRejectedAndUnauthenticated(@TempDir Path dir) throws IOException {
    MonthlyReport template = Counties.damingLike(42L).monthlyReports().get(0);
    String reporter = java.util.Objects.requireNonNull(template.header()).reporter().raw();
    Path tokens = dir.resolve("tokens.properties");
    Files.writeString(
        tokens, "# token = credit code\ntok-a = " + reporter + "\n", StandardCharsets.UTF_8);
    Path good = dir.resolve("monthly.json");
    EparJson.mapper().writeValue(good.toFile(), template);
    Path bad = dir.resolve("overpaid.json");
    MonthlyReport overpaid =
        new MonthlyReport(
            template.header(),
            template.progress(),
            template.statistics(),
            List.of(
                new Disbursement(
                    "D-9",
                    "F-1",
                    null,
                    DisbursementKind.PROGRESS,
                    Money.ofYuan(14_000_000),
                    null,
                    null)),
            List.of(),
            List.of(),
            List.of());
    EparJson.mapper().writeValue(bad.toFile(), overpaid);
    try (EparServer server =
        ServeCommand.start(
            0, tokens, Profiles.builtIn("daming-2017"), Messages.of(Messages.Lang.EN))) {
      String target = "127.0.0.1:" + server.port();
      Run ok =
          Run.epar(
              "--lang", "en", "submit", "--target", target, "--token", "tok-a", good.toString());
      assertEquals(Epar.OK, ok.exitCode(), ok::toString);
      assertTrue(ok.out().contains("ACCEPTED"), ok::toString);
      Run rejected =
          Run.epar(
              "--lang",
              "en",
              "submit",
              "--target",
              target,
              "--token",
              "tok-a",
              "--request-id",
              "overpaid-1",
              bad.toString());
      assertEquals(Epar.REJECTED, rejected.exitCode(), rejected::toString);
      assertTrue(rejected.out().contains("DM-FUND-05"), rejected::toString);
      Run stranger =
          Run.epar(
              "--lang", "en", "submit", "--target", target, "--token", "nope", good.toString());
      assertEquals(Epar.USAGE, stranger.exitCode(), stranger::toString);
      assertTrue(stranger.err().contains("UNAUTHENTICATED"), stranger::toString);
      assertFalse(stranger.all().contains("\tat "), stranger::toString);
    }
  }

  @Test
  void serve_withoutTokens_exits2() {
    Run run = Run.epar("--lang", "en", "serve", "--port", "0", "--tokens", "missing.properties");
    assertEquals(Epar.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("cannot read missing.properties"), run::toString);
  }
}
