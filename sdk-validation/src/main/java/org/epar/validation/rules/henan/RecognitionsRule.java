package org.epar.validation.rules.henan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.epar.core.model.Recognition;
import org.epar.core.model.RecognitionKind;
import org.epar.validation.Location;
import org.epar.validation.spi.DatasetRule;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RuleContext;

/**
 * HN-DEMO-02: about {@code advanced_counties_min} advanced counties (先进县),
 * {@code advanced_townships_min} advanced townships (先进乡镇), {@code excellent_leaders_min}
 * excellent e-commerce leaders (优秀带头人) and {@code best_selling_brands_min} best-selling
 * product brands (网销品牌) by {@code deadline} (四(三), 三(五)).
 *
 * <p>Reading: {@link Recognition} records are counted by kind ({@code ADVANCED_COUNTY},
 * {@code ADVANCED_TOWNSHIP}, {@code EXCELLENT_LEADER}, {@code BEST_SELLING_BRAND}); "about 10" is
 * read as at least the number. Four targets, each a finding at the dataset with the kind (lower
 * case) as object id and path {@code recognitions}.
 */
public final class RecognitionsRule implements DatasetRule<long[]> {

  /** The rule ID. */
  public static final String ID = "HN-DEMO-02";

  private static final RecognitionKind[] KINDS = {
    RecognitionKind.ADVANCED_COUNTY, RecognitionKind.ADVANCED_TOWNSHIP,
    RecognitionKind.EXCELLENT_LEADER, RecognitionKind.BEST_SELLING_BRAND
  };
  private static final String[] PARAMETERS = {
    "advanced_counties_min", "advanced_townships_min", "excellent_leaders_min",
    "best_selling_brands_min"
  };
  private static final String[] IDS = {
    "advanced_county", "advanced_township", "excellent_leader", "best_selling_brand"
  };

  /** Creates the rule; it is stateless. */
  public RecognitionsRule() {}

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public long[] newState(RuleContext ctx) {
    return new long[KINDS.length];
  }

  @Override
  public void accumulate(long[] s, Object record, long index, RuleContext ctx) {
    if (record instanceof Recognition r && r.kind() != null) {
      for (int i = 0; i < KINDS.length; i++) {
        if (KINDS[i] == r.kind()) {
          s[i]++;
        }
      }
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
    LocalDate deadline = ctx.settings().date("deadline");
    for (int i = 0; i < KINDS.length; i++) {
      sink.target(new Location("dataset", IDS[i], "recognitions", -1), BigDecimal.valueOf(s[i]),
          ctx.settings().decimal(PARAMETERS[i]), deadline);
    }
  }
}
