package org.epar.validation.rules.guangdong;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.FundPerformance;
import org.epar.core.model.RecordType;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * GD-FUND-01: the use of special funds and the results (poor villages and households selling
 * products, employment, income growth) are reported for performance assessment
 * (重点考核财政资金的使用以及…带动贫困村、贫困户外销农特产品、创业就业、收入增长等情况, 三(二)).
 *
 * <p>Reading: every annual report carries {@code fund_performance} with each part the profile's
 * {@code required_fields} names: {@code SPECIAL_FUND_USE} = {@code funds_used}, {@code
 * POOR_VILLAGES_SELLING}, {@code POOR_HOUSEHOLDS_SELLING}, {@code EMPLOYMENT}, {@code
 * INCOME_GROWTH} = the fields of the same names; a null part is missing (zero is a value). Only the
 * annual report carries fund performance in the model, so monthly and quarterly reports are not
 * checked; whether an annual report was submitted at all is a matter of the reporting rules. One
 * finding per report: observed = the missing parts, path = the first missing one (or {@code
 * fund_performance} when it is absent). A name the rule does not know is ignored.
 *
 * <p>Parameters: {@code required_fields}.
 */
final class FundPerformanceReportRule {

  /** The rule ID. */
  static final String ID = "GD-FUND-01";

  /** The rule; stateless. */
  static final RecordRule<AnnualReport> RULE =
      RecordRule.of(ID, AnnualReport.class, FundPerformanceReportRule::check);

  private FundPerformanceReportRule() {}

  private static void check(AnnualReport report, RuleContext ctx, FindingSink sink) {
    List<String> required = ctx.settings().list("required_fields");
    FundPerformance fp = report.fundPerformance();
    List<String> missing = new ArrayList<>();
    String path = "fund_performance";
    for (String field : required) {
      String property = property(field);
      if (property != null && (fp == null || value(fp, field) == null)) {
        if (fp != null && missing.isEmpty()) {
          path = "fund_performance." + property;
        }
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      sink.violation(
          sink.location(RecordType.ANNUAL_REPORT.wireName(), report.key(), path),
          String.join(",", missing),
          String.join(",", required));
    }
  }

  private static @Nullable String property(String field) {
    return switch (field) {
      case "SPECIAL_FUND_USE" -> "funds_used";
      case "POOR_VILLAGES_SELLING" -> "poor_villages_selling";
      case "POOR_HOUSEHOLDS_SELLING" -> "poor_households_selling";
      case "EMPLOYMENT" -> "employment";
      case "INCOME_GROWTH" -> "income_growth";
      default -> null;
    };
  }

  private static @Nullable Object value(FundPerformance fp, String field) {
    return switch (field) {
      case "SPECIAL_FUND_USE" -> fp.fundsUsed();
      case "POOR_VILLAGES_SELLING" -> fp.poorVillagesSelling();
      case "POOR_HOUSEHOLDS_SELLING" -> fp.poorHouseholdsSelling();
      case "EMPLOYMENT" -> fp.employment();
      case "INCOME_GROWTH" -> fp.incomeGrowth();
      default -> null;
    };
  }
}
