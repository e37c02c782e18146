package org.epar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.epar.assessment.Assessment;
import org.epar.assessment.AssessmentProtos;
import org.epar.assessment.FundShare;
import org.epar.assessment.ReportingCompleteness;
import org.epar.assessment.TargetStatus;
import org.epar.assessment.VetoItem;
import org.epar.validation.Finding;
import org.jspecify.annotations.Nullable;

/**
 * The county's assessment as one XLSX workbook (fastexcel): a sheet per section with headers in the
 * messages' language (Chinese by default), numbers as numbers and dates as dates.
 */
final class AssessmentXlsx {

  static final String DATE_FORMAT = "yyyy-mm-dd";

  private AssessmentXlsx() {}

  /** Writes the workbook; does not close the stream. */
  static void write(Assessment a, Messages msgs, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "EPAR", "1.0");
    summary(wb.newWorksheet(msgs.get("assess.sheet.summary")), a, msgs);
    vetoes(wb.newWorksheet(msgs.get("assess.sheet.vetoes")), a, msgs);
    targets(wb.newWorksheet(msgs.get("assess.sheet.targets")), a, msgs);
    funds(wb.newWorksheet(msgs.get("assess.sheet.funds")), a, msgs);
    reporting(wb.newWorksheet(msgs.get("assess.sheet.reporting")), a, msgs);
    findings(wb.newWorksheet(msgs.get("assess.sheet.findings")), a, msgs);
    wb.finish();
  }

  private static void header(Worksheet ws, Messages msgs, String... keys) {
    for (int c = 0; c < keys.length; c++) {
      ws.value(0, c, msgs.get(keys[c]));
      ws.style(0, c).bold().fillColor("EEEEEE").set();
      ws.width(c, 18);
    }
  }

  private static void date(Worksheet ws, int r, int c, @Nullable LocalDate d) {
    if (d != null) {
      ws.value(r, c, d);
      ws.style(r, c).format(DATE_FORMAT).set();
    }
  }

  /** A number when the text is one, else the text. */
  private static void numberOrText(Worksheet ws, int r, int c, String value) {
    BigDecimal n = null;
    try {
      n = value.isBlank() ? null : new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      n = null;
    }
    if (n != null) {
      ws.value(r, c, n);
    } else if (!value.isEmpty()) {
      ws.value(r, c, value);
    }
  }

  private static void summary(Worksheet ws, Assessment a, Messages msgs) {
    header(ws, msgs, "assess.col.item", "assess.col.value");
    ws.value(1, 0, msgs.get("assess.col.county"));
    ws.value(1, 1, a.county());
    ws.value(2, 0, msgs.get("assess.col.profile"));
    ws.value(2, 1, a.profileId());
    ws.value(3, 0, msgs.get("assess.col.as-of"));
    date(ws, 3, 1, a.asOf());
    ws.value(4, 0, msgs.get("assess.col.submissions"));
    ws.value(4, 1, a.submissionsRead());
    ws.value(5, 0, msgs.get("assess.col.findings"));
    ws.value(5, 1, a.findings().size());
    ws.value(6, 0, msgs.get("assess.col.vetoes"));
    ws.value(6, 1, msgs.get(a.vetoesPassed() ? "assess.vetoes.passed" : "assess.vetoes.failed"));
  }

  private static void vetoes(Worksheet ws, Assessment a, Messages msgs) {
    header(
        ws,
        msgs,
        "assess.col.rule",
        "assess.col.title",
        "assess.col.result",
        "assess.col.evidence-count");
    int r = 1;
    for (VetoItem v : a.vetoes()) {
      ws.value(r, 0, v.ruleId());
      ws.value(r, 1, msgs.pick(v.titleEn(), v.titleZh()));
      ws.value(r, 2, msgs.get(v.passed() ? "assess.passed" : "assess.failed"));
      ws.value(r, 3, v.evidence().size());
      r++;
    }
  }

  private static void targets(Worksheet ws, Assessment a, Messages msgs) {
    header(
        ws,
        msgs,
        "assess.col.rule",
        "assess.col.title",
        "assess.col.object",
        "assess.col.observed",
        "assess.col.threshold",
        "assess.col.deadline",
        "assess.col.status");
    int r = 1;
    for (TargetStatus t : a.targets()) {
      ws.value(r, 0, t.ruleId());
      ws.value(r, 1, msgs.pick(t.titleEn(), t.titleZh()));
      ws.value(r, 2, t.objectId());
      numberOrText(ws, r, 3, t.observed());
      numberOrText(ws, r, 4, t.threshold());
      date(ws, r, 5, t.deadline());
      ws.value(r, 6, msgs.get("assess.target." + t.status().name()));
      r++;
    }
  }

  private static void funds(Worksheet ws, Assessment a, Messages msgs) {
    header(
        ws,
        msgs,
        "assess.col.rule",
        "assess.col.cap",
        "assess.col.threshold",
        "assess.col.observed",
        "assess.col.result");
    int r = 1;
    for (FundShare f : a.fundShares()) {
      ws.value(r, 0, f.ruleId());
      ws.value(r, 1, f.cap());
      numberOrText(ws, r, 2, f.threshold());
      numberOrText(ws, r, 3, f.observed());
      ws.value(r, 4, msgs.get(f.withinCap() ? "assess.fund.within" : "assess.fund.over"));
      r++;
    }
  }

  private static void reporting(Worksheet ws, Assessment a, Messages msgs) {
    header(
        ws,
        msgs,
        "assess.col.contractor",
        "assess.col.type",
        "assess.col.period",
        "assess.col.deadline",
        "assess.col.status");
    int r = 1;
    for (ReportingCompleteness c : a.reporting()) {
      for (ReportingCompleteness.PeriodStatus p : c.periods()) {
        ws.value(r, 0, c.contractor());
        ws.value(r, 1, msgs.get("assess.type." + p.type().name()));
        ws.value(r, 2, p.period());
        date(ws, r, 3, p.deadline());
        ws.value(r, 4, msgs.get("assess.status." + p.status().name()));
        r++;
      }
    }
  }

  private static void findings(Worksheet ws, Assessment a, Messages msgs) {
    header(
        ws,
        msgs,
        "assess.col.rule",
        "assess.col.severity",
        "assess.col.location",
        "assess.col.message",
        "assess.col.deadline",
        "assess.col.count");
    int r = 1;
    for (Finding f : a.findings()) {
      ws.value(r, 0, f.ruleId());
      ws.value(r, 1, f.severity().name());
      ws.value(
          r,
          2,
          f.location().objectType() + "/" + f.location().objectId() + "/" + f.location().path());
      ws.value(r, 3, AssessmentProtos.maskedMessage(f, !msgs.zh()));
      date(ws, r, 4, f.deadline());
      ws.value(r, 5, f.count());
      r++;
    }
  }
}
