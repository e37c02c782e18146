package org.epar.validation.rules.henan;

import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.validation.Location;
import org.epar.validation.spi.CountTarget;
import org.epar.validation.spi.CountTargetRule;
import org.epar.validation.spi.DatasetRule;

/**
 * HN-DEMO-02: about {@code advanced_counties_min} advanced counties (先进县), {@code
 * advanced_townships_min} advanced townships (先进乡镇), {@code excellent_leaders_min} excellent
 * e-commerce leaders (优秀带头人) and {@code best_selling_brands_min} best-selling product brands (网销品牌)
 * by {@code deadline} (四(三), 三(五)).
 *
 * <p>Reading: {@link Recognition} records are counted by kind ({@code ADVANCED_COUNTY}, {@code
 * ADVANCED_TOWNSHIP}, {@code EXCELLENT_LEADER}, {@code BEST_SELLING_BRAND}); "about 10" is read as
 * at least the number. Four targets, each a finding at the dataset with the kind (lower case) as
 * object id and path {@code recognitions}.
 */
final class RecognitionsRule {

  /** The rule ID. */
  static final String ID = "HN-DEMO-02";

  /** The rule; stateless. */
  static final DatasetRule<long[]> RULE =
      CountTargetRule.builder(ID)
          .count(
              target("advanced_counties_min", "advanced_county"),
              Recognition.class,
              r -> r.kind() == RecognitionKind.ADVANCED_COUNTY)
          .count(
              target("advanced_townships_min", "advanced_township"),
              Recognition.class,
              r -> r.kind() == RecognitionKind.ADVANCED_TOWNSHIP)
          .count(
              target("excellent_leaders_min", "excellent_leader"),
              Recognition.class,
              r -> r.kind() == RecognitionKind.EXCELLENT_LEADER)
          .count(
              target("best_selling_brands_min", "best_selling_brand"),
              Recognition.class,
              r -> r.kind() == RecognitionKind.BEST_SELLING_BRAND)
          .build();

  private RecognitionsRule() {}

  private static CountTarget target(String parameter, String kind) {
    return new CountTarget(parameter, new Location("dataset", kind, "recognitions", -1));
  }
}
