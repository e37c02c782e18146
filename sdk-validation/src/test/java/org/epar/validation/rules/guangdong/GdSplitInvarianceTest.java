package org.epar.validation.rules.guangdong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Brand;
import org.epar.core.model.BrandKind;
import org.epar.core.model.Dataset;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.EparRecord;
import org.epar.core.model.SiteType;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The GD dataset rules report the same whatever the chunking and parallelism. */
class GdSplitInvarianceTest {

  @Test
  void gdDatasetRules_sameReportForAnySplit() {
    List<EparRecord> r = new ArrayList<>();
    r.add(GdFixtures.county("441521", DemonstrationLevel.NATIONAL));
    r.add(GdFixtures.county("441821", DemonstrationLevel.NONE));
    r.add(GdFixtures.township("441521101"));
    r.addAll(GdFixtures.poorVillages("441521", 7));
    r.addAll(GdFixtures.poorVillages("441821", 3));
    r.add(GdFixtures.site("c1", SiteType.COUNTY_SERVICE_CENTRE, "441521"));
    r.add(GdFixtures.household("h1", "441521101001", 9));
    r.addAll(GdFixtures.attendances("h1", 4));
    r.add(GdFixtures.stats("441500", 2016, "100.00", "100.00"));
    r.add(GdFixtures.stats("441500", 2018, "110.00", "120.00"));
    r.add(new Brand("b1", null, BrandKind.REGIONAL_PUBLIC, DivisionCode.of("441521"), "none"));
    Dataset ds = Dataset.of(null, r);
    ValidationReport one = run(ds, 1, 10_000);
    assertFalse(one.findings().isEmpty());
    assertEquals(one, run(ds, 4, 1));
    assertEquals(one, run(ds, 3, 2));
  }

  private static ValidationReport run(Dataset ds, int parallelism, int chunk) {
    return EparValidator.builder()
        .profile(Profiles.builtIn("guangdong-2018"))
        .asOf(GdFixtures.EARLY_2021)
        .parallelism(parallelism)
        .chunkSize(chunk)
        .build()
        .validate(ds);
  }
}
