package org.epar.validation.rules.heilongjiang;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Report;
import org.epar.core.model.ReportStatistics;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * HLJ-RPT-01: the periodic statistics report (电商扶贫统计通报) carries the number of online shops, the
 * sales volume, the transaction amount, the poor villages and poor households driven to sell
 * products and the income increase of poor households (六 6).
 *
 * <p>Reading: every monthly, quarterly and annual report carries {@code statistics} with a non-null
 * value for each name in {@code required_fields}: {@code ONLINE_SHOPS}, {@code SALES_VOLUME},
 * {@code TRANSACTION_AMOUNT}, {@code POOR_VILLAGES_DRIVEN}, {@code POOR_HOUSEHOLDS_DRIVEN}, {@code
 * POOR_HOUSEHOLD_INCOME_INCREASE} (= {@code income_increase}); zero is a value. Daily reports are
 * automated transaction feeds, not the periodic statistics, and are not checked. One finding per
 * report: observed = the missing fields, path = the first missing one (or {@code statistics} when
 * it is absent). A name the rule does not know is ignored.
 *
 * <p>Parameters: {@code required_fields}.
 */
final class StatisticsReportRule {

  /** The rule ID. */
  static final String ID = "HLJ-RPT-01";

  /** The rule; stateless. */
  static final RecordRule<Report> RULE =
      RecordRule.of(ID, Report.class, StatisticsReportRule::check);

  private StatisticsReportRule() {}

  private static void check(Report report, RuleContext ctx, FindingSink sink) {
    ReportStatistics stats;
    if (report instanceof MonthlyReport m) {
      stats = m.statistics();
    } else if (report instanceof QuarterlyReport q) {
      stats = q.statistics();
    } else if (report instanceof AnnualReport a) {
      stats = a.statistics();
    } else {
      return;
    }
    List<String> required = ctx.settings().list("required_fields");
    List<String> missing = new ArrayList<>();
    String path = "statistics";
    for (String field : required) {
      String property = property(field);
      if (property != null && (stats == null || value(stats, field) == null)) {
        if (stats != null && missing.isEmpty()) {
          path = "statistics." + property;
        }
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      sink.violation(
          sink.location(report.recordType().wireName(), report.key(), path),
          String.join(",", missing),
          String.join(",", required));
    }
  }

  private static @Nullable String property(String field) {
    return switch (field) {
      case "ONLINE_SHOPS" -> "online_shops";
      case "SALES_VOLUME" -> "sales_volume";
      case "TRANSACTION_AMOUNT" -> "transaction_amount";
      case "POOR_VILLAGES_DRIVEN" -> "poor_villages_driven";
      case "POOR_HOUSEHOLDS_DRIVEN" -> "poor_households_driven";
      case "POOR_HOUSEHOLD_INCOME_INCREASE" -> "income_increase";
      default -> null;
    };
  }

  private static @Nullable Object value(ReportStatistics s, String field) {
    return switch (field) {
      case "ONLINE_SHOPS" -> s.onlineShops();
      case "SALES_VOLUME" -> s.salesVolume();
      case "TRANSACTION_AMOUNT" -> s.transactionAmount();
      case "POOR_VILLAGES_DRIVEN" -> s.poorVillagesDriven();
      case "POOR_HOUSEHOLDS_DRIVEN" -> s.poorHouseholdsDriven();
      case "POOR_HOUSEHOLD_INCOME_INCREASE" -> s.incomeIncrease();
      default -> null;
    };
  }
}
