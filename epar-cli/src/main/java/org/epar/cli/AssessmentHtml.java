package org.epar.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.epar.assessment.Assessment;
import org.epar.assessment.AssessmentProtos;
import org.epar.assessment.FundShare;
import org.epar.assessment.ReportingCompleteness;
import org.epar.assessment.TargetStatus;
import org.epar.assessment.VetoItem;
import org.epar.core.period.ReportType;
import org.epar.validation.Finding;
import org.jspecify.annotations.Nullable;

/**
 * The county's assessment as one self-contained HTML file: no script, no external font, style or
 * image; charts are inline SVG (target progress against thresholds and deadlines, fund shares
 * against caps, a reporting calendar per contractor). Every figure carries {@code data-*}
 * attributes so it can be checked by parsing. Findings quote no personal data.
 */
final class AssessmentHtml {

  static final String ON_TIME = "#2e7d32";
  static final String LATE = "#f9a825";
  static final String MISSING = "#c62828";
  static final String NONE = "#e0e0e0";
  private static final int BAR = 360;
  private static final int CELL = 14;

  private final Messages msgs;
  private final StringBuilder h = new StringBuilder(64 * 1024);

  private AssessmentHtml(Messages msgs) {
    this.msgs = msgs;
  }

  /** The report of an assessment in the messages' language. */
  static String render(Assessment a, Messages msgs) {
    return new AssessmentHtml(msgs).page(a);
  }

  private String page(Assessment a) {
    boolean en = msgs.lang() == Messages.Lang.EN;
    String title = msgs.get("assess.html.title", a.county(), a.asOf().toString());
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(en ? "en" : "zh-CN")
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",")
        .append("sans-serif;margin:24px;color:#212121;max-width:1200px}\n")
        .append("table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #bdbdbd;")
        .append("padding:4px 8px;text-align:left;font-size:13px;vertical-align:top}")
        .append("th{background:#eeeeee}\n.pass{color:")
        .append(ON_TIME)
        .append(";font-weight:bold}")
        .append(".fail{color:")
        .append(MISSING)
        .append(";font-weight:bold}")
        .append("h2{border-bottom:2px solid #1565c0;padding-bottom:2px}")
        .append(".legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;")
        .append("vertical-align:middle}\n</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n");
    h.append("<p id=\"summary\" data-submissions=\"")
        .append(a.submissionsRead())
        .append("\" data-vetoes-passed=\"")
        .append(a.vetoesPassed())
        .append("\">")
        .append(
            esc(
                msgs.get(
                    "assess.html.summary",
                    a.profileId(),
                    a.submissionsRead(),
                    a.findings().size())))
        .append(" <span class=\"")
        .append(a.vetoesPassed() ? "pass" : "fail")
        .append("\">")
        .append(esc(msgs.get(a.vetoesPassed() ? "assess.vetoes.passed" : "assess.vetoes.failed")))
        .append("</span></p>\n");
    vetoes(a);
    targets(a);
    funds(a);
    calendars(a);
    h.append("<p style=\"font-size:11px;color:#757575\">")
        .append(esc(msgs.get("assess.html.footer")))
        .append("</p>\n</body>\n</html>\n");
    return h.toString();
  }

  private void vetoes(Assessment a) {
    h.append("<h2>")
        .append(esc(msgs.get("assess.section.vetoes")))
        .append("</h2>\n")
        .append("<table id=\"vetoes\"><tr><th>")
        .append(esc(msgs.get("assess.col.rule")))
        .append("</th><th>")
        .append(esc(msgs.get("assess.col.title")))
        .append("</th><th>")
        .append(esc(msgs.get("assess.col.result")))
        .append("</th><th>")
        .append(esc(msgs.get("assess.col.evidence")))
        .append("</th></tr>\n");
    for (VetoItem v : a.vetoes()) {
      h.append("<tr data-rule=\"")
          .append(esc(v.ruleId()))
          .append("\" data-passed=\"")
          .append(v.passed())
          .append("\"><td>")
          .append(esc(v.ruleId()))
          .append("</td><td>")
          .append(esc(msgs.pick(v.titleEn(), v.titleZh())))
          .append("</td><td class=\"")
          .append(v.passed() ? "pass" : "fail")
          .append("\">")
          .append(esc(msgs.get(v.passed() ? "assess.passed" : "assess.failed")))
          .append("</td><td>");
      v.evidence().stream()
          .limit(10)
          .forEach(
              f ->
                  h.append(esc(f.severity().name()))
                      .append(": ")
                      .append(esc(message(f)))
                      .append("<br>"));
      if (v.evidence().size() > 10) {
        h.append(esc(msgs.get("assess.more", v.evidence().size() - 10)));
      }
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private String message(Finding f) {
    return AssessmentProtos.maskedMessage(f, !msgs.zh());
  }

  private void targets(Assessment a) {
    h.append("<h2>").append(esc(msgs.get("assess.section.targets"))).append("</h2>\n");
    List<TargetStatus> ts = a.targets();
    int height = 34 * ts.size() + 10;
    h.append("<svg id=\"targets\" xmlns=\"http://www.w3.org/2000/svg\" width=\"1100\" height=\"")
        .append(height)
        .append("\" role=\"img\">\n");
    int y = 5;
    for (TargetStatus t : ts) {
      String color =
          switch (t.status()) {
            case MET -> ON_TIME;
            case ON_TRACK -> LATE;
            case MISSED -> MISSING;
          };
      String label = t.ruleId() + (t.objectId().isEmpty() ? "" : " " + shorten(t.objectId()));
      h.append("<g class=\"target\" data-rule=\"")
          .append(esc(t.ruleId()))
          .append("\" data-status=\"")
          .append(t.status().name().toLowerCase(Locale.ROOT))
          .append("\" data-observed=\"")
          .append(esc(t.observed()))
          .append("\" data-threshold=\"")
          .append(esc(t.threshold()))
          .append("\">");
      h.append("<title>").append(esc(msgs.pick(t.titleEn(), t.titleZh()))).append("</title>");
      h.append(text(0, y + 16, label, 11));
      @Nullable BigDecimal observed = number(t.observed());
      @Nullable BigDecimal threshold = number(t.threshold());
      int x0 = 270;
      h.append("<rect x=\"")
          .append(x0)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(BAR)
          .append("\" height=\"16\" fill=\"#f5f5f5\" stroke=\"#bdbdbd\"/>");
      if (observed != null && threshold != null && threshold.signum() > 0) {
        double ratio = Math.min(observed.doubleValue() / threshold.doubleValue(), 1.25);
        int w = (int) Math.round(Math.max(ratio, 0) * BAR * 0.8);
        int tx = x0 + (int) Math.round(BAR * 0.8);
        h.append("<rect class=\"bar\" x=\"")
            .append(x0)
            .append("\" y=\"")
            .append(y + 4)
            .append("\" width=\"")
            .append(w)
            .append("\" height=\"16\" fill=\"")
            .append(color)
            .append("\"/>");
        h.append("<line class=\"threshold\" x1=\"")
            .append(tx)
            .append("\" x2=\"")
            .append(tx)
            .append("\" y1=\"")
            .append(y)
            .append("\" y2=\"")
            .append(y + 24)
            .append("\" stroke=\"#212121\" stroke-width=\"2\"/>");
      } else {
        h.append("<rect class=\"bar\" x=\"")
            .append(x0)
            .append("\" y=\"")
            .append(y + 4)
            .append("\" width=\"")
            .append(t.status() == TargetStatus.Status.MET ? BAR : 0)
            .append("\" height=\"16\" fill=\"")
            .append(color)
            .append("\" fill-opacity=\"0.5\"/>");
      }
      String status = msgs.get("assess.target." + t.status().name());
      String figures =
          t.observed().isEmpty()
              ? status
              : msgs.get(
                  "assess.target.figures",
                  shorten(t.observed()),
                  shorten(t.threshold()),
                  t.deadline() == null ? "-" : t.deadline().toString(),
                  status);
      h.append("<text x=\"")
          .append(x0 + BAR + 12)
          .append("\" y=\"")
          .append(y + 16)
          .append("\" font-size=\"12\" fill=\"")
          .append(color)
          .append("\">")
          .append(esc(figures))
          .append("</text></g>\n");
      y += 34;
    }
    h.append("</svg>\n");
  }

  private void funds(Assessment a) {
    h.append("<h2>").append(esc(msgs.get("assess.section.funds"))).append("</h2>\n");
    List<FundShare> fs = a.fundShares();
    h.append("<svg id=\"funds\" xmlns=\"http://www.w3.org/2000/svg\" width=\"1100\" height=\"")
        .append(30 * fs.size() + 10)
        .append("\" role=\"img\">\n");
    int y = 5;
    for (FundShare f : fs) {
      @Nullable BigDecimal cap = number(f.threshold());
      @Nullable BigDecimal observed = number(f.observed());
      h.append("<g class=\"fund\" data-rule=\"")
          .append(esc(f.ruleId()))
          .append("\" data-cap=\"")
          .append(esc(f.cap()))
          .append("\" data-threshold=\"")
          .append(esc(f.threshold()))
          .append("\" data-observed=\"")
          .append(esc(f.observed()))
          .append("\" data-within=\"")
          .append(f.withinCap())
          .append("\">");
      h.append(text(0, y + 15, f.ruleId() + " " + f.cap(), 12));
      int x0 = 300;
      h.append("<rect x=\"")
          .append(x0)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(BAR)
          .append("\" height=\"14\" fill=\"#f5f5f5\" stroke=\"#bdbdbd\"/>");
      if (observed != null) {
        int w = (int) Math.round(Math.min(Math.max(observed.doubleValue(), 0), 1) * BAR);
        h.append("<rect class=\"bar\" x=\"")
            .append(x0)
            .append("\" y=\"")
            .append(y + 3)
            .append("\" width=\"")
            .append(w)
            .append("\" height=\"14\" fill=\"")
            .append(f.withinCap() ? ON_TIME : MISSING)
            .append("\"/>");
      }
      if (cap != null && cap.doubleValue() <= 1) {
        int cx = x0 + (int) Math.round(cap.doubleValue() * BAR);
        h.append("<line class=\"cap\" x1=\"")
            .append(cx)
            .append("\" x2=\"")
            .append(cx)
            .append("\" y1=\"")
            .append(y)
            .append("\" y2=\"")
            .append(y + 20)
            .append("\" stroke=\"#212121\" stroke-width=\"2\"/>");
      }
      String figures =
          observed == null
              ? msgs.get("assess.fund.cap", f.threshold())
              : msgs.get(
                  "assess.fund.figures",
                  f.observed(),
                  f.threshold(),
                  msgs.get(f.withinCap() ? "assess.fund.within" : "assess.fund.over"));
      h.append(text(x0 + BAR + 12, y + 15, figures, 12)).append("</g>\n");
      y += 30;
    }
    h.append("</svg>\n");
  }

  private void calendars(Assessment a) {
    h.append("<h2>")
        .append(esc(msgs.get("assess.section.reporting")))
        .append("</h2>\n")
        .append("<p class=\"legend\">")
        .append("<span style=\"background:")
        .append(ON_TIME)
        .append("\"></span>")
        .append(esc(msgs.get("assess.status.ON_TIME")))
        .append("<span style=\"background:")
        .append(LATE)
        .append("\"></span>")
        .append(esc(msgs.get("assess.status.LATE")))
        .append("<span style=\"background:")
        .append(MISSING)
        .append("\"></span>")
        .append(esc(msgs.get("assess.status.MISSING")))
        .append("<span style=\"background:")
        .append(NONE)
        .append("\"></span>")
        .append(esc(msgs.get("assess.status.NONE")))
        .append("</p>\n");
    for (ReportingCompleteness r : a.reporting()) {
      h.append("<h3>").append(esc(r.contractor())).append("</h3>\n<p>");
      for (ReportType type : ReportType.values()) {
        long on = r.count(type, ReportingCompleteness.Status.ON_TIME);
        long late = r.count(type, ReportingCompleteness.Status.LATE);
        long missing = r.count(type, ReportingCompleteness.Status.MISSING);
        if (on + late + missing > 0) {
          h.append(
                  esc(
                      msgs.get(
                          "assess.counts",
                          msgs.get("assess.type." + type.name()),
                          on,
                          late,
                          missing)))
              .append("<br>");
        }
      }
      h.append("</p>\n");
      Map<YearMonth, Map<Integer, ReportingCompleteness.PeriodStatus>> months = new TreeMap<>();
      for (ReportingCompleteness.PeriodStatus p : r.periods()) {
        if (p.type() == ReportType.DAILY) {
          LocalDate d =
              LocalDate.parse(p.period(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
          months.computeIfAbsent(YearMonth.from(d), m -> new TreeMap<>()).put(d.getDayOfMonth(), p);
        }
      }
      if (months.isEmpty()) {
        continue;
      }
      h.append("<svg class=\"calendar\" data-contractor=\"")
          .append(esc(r.contractor()))
          .append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
          .append(80 + 31 * (CELL + 2))
          .append("\" height=\"")
          .append(20 + months.size() * (CELL + 4))
          .append("\" role=\"img\">\n");
      for (int d = 1; d <= 31; d += 5) {
        h.append(text(80 + (d - 1) * (CELL + 2), 12, Integer.toString(d), 10));
      }
      int y = 18;
      for (Map.Entry<YearMonth, Map<Integer, ReportingCompleteness.PeriodStatus>> m :
          months.entrySet()) {
        h.append(text(0, y + CELL - 2, m.getKey().toString(), 11));
        for (int d = 1; d <= m.getKey().lengthOfMonth(); d++) {
          ReportingCompleteness.PeriodStatus p = m.getValue().get(d);
          String status = p == null ? "none" : p.status().name().toLowerCase(Locale.ROOT);
          String fill =
              p == null
                  ? NONE
                  : switch (p.status()) {
                    case ON_TIME -> ON_TIME;
                    case LATE -> LATE;
                    case MISSING -> MISSING;
                  };
          String period =
              m.getKey().atDay(d).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
          h.append("<rect class=\"day\" data-period=\"")
              .append(period)
              .append("\" data-status=\"")
              .append(status)
              .append("\" x=\"")
              .append(80 + (d - 1) * (CELL + 2))
              .append("\" y=\"")
              .append(y)
              .append("\" width=\"")
              .append(CELL)
              .append("\" height=\"")
              .append(CELL)
              .append("\" fill=\"")
              .append(fill)
              .append("\"><title>")
              .append(period)
              .append(" ")
              .append(esc(msgs.get("assess.status." + (p == null ? "NONE" : p.status().name()))))
              .append("</title></rect>");
        }
        h.append('\n');
        y += CELL + 4;
      }
      h.append("</svg>\n");
    }
  }

  private static String text(int x, int y, String s, int size) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\">" + esc(s) + "</text>";
  }

  private static String shorten(String s) {
    return s.length() > 30 ? s.substring(0, 29) + "…" : s;
  }

  /** The leading number of a value such as {@code 0.42} or {@code 0.72 upward}, else null. */
  static @Nullable BigDecimal number(String value) {
    String v = value.trim();
    int end = 0;
    while (end < v.length()
        && (Character.isDigit(v.charAt(end))
            || v.charAt(end) == '.'
            || (end == 0 && v.charAt(end) == '-'))) {
      end++;
    }
    if (end == 0) {
      return null;
    }
    try {
      return new BigDecimal(v.substring(0, end));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
