package org.epar.validation.rules.heilongjiang;

import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.DemonstrationProgramme;
import org.epar.core.model.DemonstrationStatus;
import org.epar.core.model.Leader;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.validation.spi.CountTarget;
import org.epar.validation.spi.CountTargetRule;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.Demonstrations;

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
final class DemonstrationCountsRule {

  /** The rule ID. */
  static final String ID = "HLJ-DEMO-01";

  /** The rule; stateless. */
  static final DatasetRule<long[]> RULE =
      CountTargetRule.builder(ID)
          .count(
              measure("demo_counties"),
              County.class,
              (c, ctx) -> c.poor() && demonstration(c, ctx.settings().date("deadline").getYear()))
          .count(
              measure("ecommerce_villages"),
              Recognition.class,
              r -> r.kind() == RecognitionKind.ONE_VILLAGE_ONE_PRODUCT)
          .count(measure("leaders"), Leader.class, l -> true)
          .count(
              measure("typical_cases"),
              Recognition.class,
              r -> r.kind() == RecognitionKind.TYPICAL_CASE)
          .build();

  private DemonstrationCountsRule() {}

  private static CountTarget measure(String name) {
    return new CountTarget(name + "_min", Measures.measure(name));
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
}
