package org.epar.validation.rules.heilongjiang;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.Leader;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * HLJ-DEMO-01: 5 poor counties made demonstration counties, at least 100 "one village one product"
 * e-commerce villages, 1000 e-commerce leaders and 100 typical cases
 * (打造5个…贫困县成为…示范县，100个以上“一村一品”电商专业村；培育1000个电商致富带头人、100个电商脱贫典型, 二 3).
 *
 * <p>Reading: four measures, each its own target by {@code deadline}: {@code demo_counties} =
 * county records that are {@code poor} with a demonstration level other than {@code NONE};
 * {@code ecommerce_villages} = recognitions of kind {@code ONE_VILLAGE_ONE_PRODUCT};
 * {@code leaders} = leader records; {@code typical_cases} = recognitions of kind
 * {@code TYPICAL_CASE}. Records are counted as given (duplicates are CORE-DUP-01's). Findings are
 * located at {@code dataset/<measure>}.
 *
 * <p>Parameters: {@code demo_counties_min}, {@code ecommerce_villages_min}, {@code leaders_min},
 * {@code typical_cases_min}, {@code deadline}.
 */
final class DemonstrationCountsRule implements DatasetRule<long[]> {

  /** The rule ID. */
  static final String ID = "HLJ-DEMO-01";

  private static final int COUNTIES = 0;
  private static final int VILLAGES = 1;
  private static final int LEADERS = 2;
  private static final int CASES = 3;

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public long[] newState(RuleContext ctx) {
    return new long[4];
  }

  @Override
  public void accumulate(long[] s, Object record, long index, RuleContext ctx) {
    if (record instanceof County c) {
      if (c.poor() && c.demonstration() != null && c.demonstration() != DemonstrationLevel.NONE) {
        s[COUNTIES]++;
      }
    } else if (record instanceof Recognition r) {
      if (r.kind() == RecognitionKind.ONE_VILLAGE_ONE_PRODUCT) {
        s[VILLAGES]++;
      } else if (r.kind() == RecognitionKind.TYPICAL_CASE) {
        s[CASES]++;
      }
    } else if (record instanceof Leader) {
      s[LEADERS]++;
    }
  }

  @Override
  public long[] combine(long[] left, long[] right) {
    for (int i = 0; i < left.length; i++) {
      left[i] += right[i];
    }
    return left;
  }

  @Override
  public void finish(long[] s, RuleContext ctx, FindingSink sink) {
    var settings = ctx.settings();
    LocalDate deadline = settings.date("deadline");
    target(sink, "demo_counties", s[COUNTIES], settings.integer("demo_counties_min"), deadline);
    target(sink, "ecommerce_villages", s[VILLAGES], settings.integer("ecommerce_villages_min"),
        deadline);
    target(sink, "leaders", s[LEADERS], settings.integer("leaders_min"), deadline);
    target(sink, "typical_cases", s[CASES], settings.integer("typical_cases_min"), deadline);
  }

  private static void target(
      FindingSink sink, String measure, long observed, long min, LocalDate deadline) {
    sink.target(Measures.measure(measure), BigDecimal.valueOf(observed), BigDecimal.valueOf(min),
        deadline);
  }
}
