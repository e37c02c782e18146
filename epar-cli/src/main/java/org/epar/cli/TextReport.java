package org.epar.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.epar.core.json.NdjsonLine;
import org.epar.core.privacy.Masking;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Profile;
import org.epar.validation.RuleCatalog;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;

/**
 * The readable summary of {@code epar validate}: the inputs, unreadable lines, findings grouped by
 * rule and severity with counts and the first examples with their locations, totals and the
 * verdict.
 */
final class TextReport {

  /** At most this many unreadable lines are listed per file. */
  private static final int MAX_MALFORMED = 20;

  private final Messages msgs;
  private final PrintWriter out;
  private final int examples;

  TextReport(Messages msgs, PrintWriter out, int examples) {
    this.msgs = msgs;
    this.out = out;
    this.examples = Math.max(0, examples);
  }

  void print(
      ValidationReport report, Inputs inputs, Profile profile, LocalDate asOf, boolean accepted) {
    out.println(
        msgs.get(
            "validate.heading",
            profile.id(),
            msgs.pick(profile.nameEn(), profile.nameZh()),
            asOf.toString()));
    for (Inputs.Source s : inputs.sources()) {
      out.println(
          "  "
              + msgs.get(
                  "validate.input",
                  s.shown().toString(),
                  s.formatName(),
                  s.records,
                  s.malformed.size()));
    }
    if (inputs.malformedCount() > 0) {
      out.println();
      out.println(msgs.get("validate.malformed.heading"));
      for (Inputs.Source s : inputs.sources()) {
        int shown = 0;
        for (NdjsonLine.Malformed m : s.malformed) {
          if (shown++ == MAX_MALFORMED) {
            out.println("  " + msgs.get("validate.more", s.malformed.size() - MAX_MALFORMED));
            break;
          }
          out.println(
              "  "
                  + msgs.get(
                      "validate.malformed.line",
                      s.shown().toString(),
                      m.lineNumber(),
                      inputs.problem(m)));
        }
      }
    }
    out.println();
    if (report.findings().isEmpty()) {
      out.println(msgs.get("validate.no-findings"));
    } else {
      out.println(msgs.get("validate.findings.heading"));
      for (Map.Entry<String, List<Finding>> g : groups(report).entrySet()) {
        List<Finding> fs = g.getValue();
        Finding first = fs.get(0);
        int count = fs.stream().mapToInt(Finding::count).sum();
        String title =
            RuleCatalog.standard()
                .find(first.ruleId())
                .map(d -> msgs.pick(d.titleEn(), d.titleZh()))
                .orElse("");
        out.println(
            "  "
                + Columns.pad(first.ruleId(), 15)
                + Columns.pad(msgs.get("severity." + first.severity().name()), 9)
                + String.format(Locale.ROOT, "%6d  %s", count, title));
        for (int i = 0; i < Math.min(examples, fs.size()); i++) {
          Finding f = fs.get(i);
          out.println("      " + where(f.location(), inputs) + detail(f));
          out.println("        " + Masking.text(msgs.pick(f.messageEn(), f.messageZh())));
          for (Location related : f.related()) {
            out.println("        " + msgs.get("validate.related", where(related, inputs)));
          }
        }
        if (fs.size() > examples) {
          out.println("      " + msgs.get("validate.more", fs.size() - examples));
        }
      }
    }
    out.println();
    Map<Severity, Integer> counts = report.countBySeverity();
    out.println(
        msgs.get(
            "validate.totals",
            counts.get(Severity.VETO),
            counts.get(Severity.ERROR),
            counts.get(Severity.WARNING),
            counts.get(Severity.INFO),
            inputs.malformedCount()));
    out.println(
        accepted
            ? msgs.get("validate.accepted")
            : report.hasVeto()
                ? msgs.get("validate.rejected.veto")
                : msgs.get("validate.rejected"));
  }

  /** Findings by rule and severity, in report order (most serious first). */
  private static Map<String, List<Finding>> groups(ValidationReport report) {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      groups.computeIfAbsent(f.ruleId() + " " + f.severity(), k -> new ArrayList<>()).add(f);
    }
    return groups;
  }

  /**
   * {@code file:line}, {@code file record n} or {@code workbook sheet S row R}, then the object and
   * the property path.
   */
  private String where(Location loc, Inputs inputs) {
    StringBuilder b = new StringBuilder();
    if (loc.index() >= 0) {
      Inputs.Source s = inputs.sourceOf(loc.index());
      if (s != null) {
        b.append(s.place(loc.index() - s.firstIndex, loc.path()).text(msgs));
      } else {
        b.append('#').append(loc.index());
      }
    } else {
      b.append(msgs.get("validate.whole-dataset"));
    }
    if (!loc.objectType().isEmpty() && !loc.objectType().equals("dataset")) {
      b.append("  ").append(loc.objectType());
    }
    if (!loc.objectId().isEmpty()) {
      b.append(loc.objectType().equals("dataset") ? "  " : " ")
          .append(Masking.text(loc.objectId()));
    }
    if (!loc.path().isEmpty()) {
      b.append(' ').append(loc.path());
    }
    return b.toString();
  }

  /**
   * The observed value, the threshold and the deadline after the location. In Chinese, the observed
   * value and the threshold are left out when the rule's Chinese message already says them (rules
   * give them in Chinese there; the {@link Finding} fields are the English data).
   */
  private String detail(Finding f) {
    String zhTemplate =
        msgs.zh() ? RuleCatalog.standard().find(f.ruleId()).map(d -> d.messageZh()).orElse("") : "";
    StringBuilder b = new StringBuilder();
    if (!f.observed().isEmpty() && !zhTemplate.contains("{observed}")) {
      b.append("  ").append(msgs.get("validate.observed", Masking.text(f.observed())));
    }
    if (!f.threshold().isEmpty() && !zhTemplate.contains("{threshold}")) {
      b.append("  ").append(msgs.get("validate.threshold", f.threshold()));
    }
    if (f.deadline() != null) {
      b.append("  ").append(msgs.get("validate.deadline", String.valueOf(f.deadline())));
    }
    if (f.count() > 1) {
      b.append("  ×").append(f.count());
    }
    return b.toString();
  }
}
