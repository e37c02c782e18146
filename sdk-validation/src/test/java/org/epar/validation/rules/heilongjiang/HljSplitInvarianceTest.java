package org.epar.validation.rules.heilongjiang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.Attendance;
import org.epar.core.model.Dataset;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Personnel;
import org.epar.core.model.PersonnelRole;
import org.epar.core.model.SiteType;
import org.epar.core.money.Money;
import org.epar.validation.EparValidator;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The HLJ dataset rules report the same whatever the chunking and parallelism. */
class HljSplitInvarianceTest {

  @Test
  void hljDatasetRules_sameReportForAnySplit() {
    List<EparRecord> r = new ArrayList<>();
    r.add(HljFixtures.county("230221", true, DemonstrationLevel.PROVINCIAL));
    r.add(HljFixtures.county("230223", true, null));
    r.add(HljFixtures.township("230221101", true));
    r.add(HljFixtures.village("230221101001", true, true));
    r.add(HljFixtures.village("230221101002", true, false));
    r.add(HljFixtures.site("s1", SiteType.VILLAGE_STATION, "230221101001"));
    r.add(HljFixtures.site("e1", SiteType.EXPRESS_OUTLET, "230221101002"));
    r.add(HljFixtures.stats("230221", 2018, Money.ofWan(3), 40, 10, 100));
    r.add(HljFixtures.stats("230221", 2020, Money.ofWan(3), 90, 120, 100));
    r.add(new Personnel("p1", null, null, null, PersonnelRole.PRACTITIONER, null, null, null));
    r.add(new Personnel("p2", null, null, null, PersonnelRole.PROGRAMME_MANAGER, null, null, null));
    r.add(new Attendance("a1", "s", null, null, "p2", null));
    Dataset ds = Dataset.of(null, r);
    ValidationReport one = run(ds, 1, 10_000);
    assertFalse(one.findings().isEmpty());
    assertEquals(one, run(ds, 4, 1));
    assertEquals(one, run(ds, 3, 2));
  }

  private static ValidationReport run(Dataset ds, int parallelism, int chunk) {
    return EparValidator.builder()
        .profile(Profiles.builtIn("heilongjiang-2016"))
        .asOf(HljFixtures.EARLY_2021)
        .parallelism(parallelism)
        .chunkSize(chunk)
        .build()
        .validate(ds);
  }
}
