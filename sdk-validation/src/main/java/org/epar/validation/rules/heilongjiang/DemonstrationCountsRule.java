package org.epar.validation.rules.heilongjiang;

import java.util.List;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.DemonstrationProgramme;
import org.epar.core.model.DemonstrationStatus;
import org.epar.core.model.Leader;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.validation.spi.CountTarget;
import org.epar.validation.spi.CountTargetRule;
import org.epar.validation.spi.Demonstrations;
import org.epar.validation.spi.RuleContext;

/**
 * HLJ-DEMO-01: 5 poor counties made demonstration counties, at least 100 "one village one product"
 * e-commerce villages, 1000 e-commerce leaders and 100 typical cases
 * (打造5个…贫困县成为…示范县，100个以上“一村一品”电商专业村；培育1000个电商致富带头人、100个电商脱贫典型, 二 3).
 *
 * <p>Reading: four measures, each its own target by {@code deadline}: {@code demo_counties} =
 * county records that are {@code poor} and a demonstration county (national or provincial) of the
 * e-commerce-into-villages programme or of the province's e-commerce poverty-alleviation
 * demonstration (the plan names both: 国家电子商务进农村综合示范县, 省级电子商务示范县), read from {@code demonstrations}
 * (designated after the deadline's year: not yet one); when neither programme is listed, the legacy
 * {@code demonstration} level other than {@code NONE}; {@code ecommerce_villages} = recognitions of
 * kind {@code ONE_VILLAGE_ONE_PRODUCT}; {@code leaders} = leader records; {@code typical_cases} =
 * recognitions of kind {@code TYPICAL_CASE}. Records are counted as given (duplicates are
 * CORE-DUP-01's). Findings are located at {@code dataset/<measure>}.
 *
 * <p>Parameters: {@code demo_counties_min}, {@code ecommerce_villages_min}, {@code leaders_min},
 * {@code typical_cases_min}, {@code deadline}.
 */
final class DemonstrationCountsRule extends CountTargetRule {

  /** The rule ID. */
  static final String ID = "HLJ-DEMO-01";

  private static final int COUNTIES = 0;
  private static final int VILLAGES = 1;
  private static final int LEADERS = 2;
  private static final int CASES = 3;

  DemonstrationCountsRule() {
    super(
        List.of(
            measure("demo_counties"),
            measure("ecommerce_villages"),
            measure("leaders"),
            measure("typical_cases")));
  }

  private static CountTarget measure(String name) {
    return new CountTarget(name + "_min", Measures.measure(name));
  }

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public void accumulate(long[] s, Object record, long index, RuleContext ctx) {
    if (record instanceof County c) {
      if (c.poor() && demonstration(c, ctx.settings().date("deadline").getYear())) {
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

  private static boolean demonstration(County c, int byYear) {
    boolean listed = false;
    for (DemonstrationStatus d : c.demonstrations()) {
      if (d != null
          && d.level() != null
          && (d.programme() == DemonstrationProgramme.ECOMMERCE_INTO_VILLAGES
              || d.programme() == DemonstrationProgramme.ECOMMERCE_POVERTY_ALLEVIATION)) {
        listed = true;
        if (Demonstrations.isDemonstration(c, d.programme(), byYear)) {
          return true;
        }
      }
    }
    return !listed && c.demonstration() != null && c.demonstration() != DemonstrationLevel.NONE;
  }

  @Override
  public boolean accepts(Class<?> type) {
    return County.class.isAssignableFrom(type)
        || Leader.class.isAssignableFrom(type)
        || Recognition.class.isAssignableFrom(type);
  }
}
