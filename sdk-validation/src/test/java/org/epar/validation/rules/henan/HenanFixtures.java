package org.epar.validation.rules.henan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.Attendance;
import org.epar.core.model.County;
import org.epar.core.model.DemonstrationLevel;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.model.NaturalVillage;
import org.epar.core.model.Site;
import org.epar.core.model.SiteService;
import org.epar.core.model.SiteType;
import org.epar.core.model.TraineeCategory;
import org.epar.core.model.TrainingKind;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Village;
import org.epar.validation.Finding;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.epar.validation.rules.RuleFixtures;

/** Small hand-built Henan records and a validator runner. */
final class HenanFixtures {

  static final LocalDate BEFORE_STAGE1 = LocalDate.of(2018, 6, 30);
  static final LocalDate AT_STAGE1 = LocalDate.of(2018, 12, 31);
  static final LocalDate AT_STAGE2 = LocalDate.of(2019, 12, 31);
  static final LocalDate AFTER_ALL = LocalDate.of(2021, 1, 1);

  private HenanFixtures() {}

  static ValidationReport validate(LocalDate asOf, List<? extends EparRecord> records) {
    return RuleFixtures.validate("henan-2018", asOf, records);
  }

  static List<Finding> findings(String ruleId, LocalDate asOf, List<? extends EparRecord> records) {
    return validate(asOf, records).findings(ruleId);
  }

  /** The findings that block acceptance (not INFO progress). */
  static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
  }

  /** The only finding of the rule, checked for ID and severity. */
  static Finding only(String ruleId, Severity severity, List<Finding> findings) {
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals(ruleId, f.ruleId());
    assertEquals(severity, f.severity());
    return f;
  }

  static String village(int i) {
    return String.format("411321%03d%03d", 100 + i / 900, 1 + i % 900);
  }

  static County county(String code, String name, boolean poor, DemonstrationLevel level) {
    return new County(DivisionCode.of(code), name, poor, level, false, 2018);
  }

  static Village poorVillage(String code, boolean eligible, boolean fibre) {
    return new Village(
        DivisionCode.of(code), null, 600, true, eligible, true, fibre, true, true, List.of());
  }

  static Village villageWithNatural(String code, int households, boolean mobile4g) {
    return new Village(
        DivisionCode.of(code),
        null,
        600,
        false,
        false,
        true,
        true,
        true,
        true,
        List.of(new NaturalVillage("n", households, mobile4g)));
  }

  static Site site(String id, SiteType type, String division, Set<SiteService> services) {
    return RuleFixtures.site(id, type, division, 1, Set.of(), services);
  }

  static Household household(String id, boolean poor, boolean ableAndWilling, String citizen) {
    return new Household(
        id,
        DivisionCode.of(village(0)),
        poor,
        null,
        List.of(new Member(CitizenId.of(citizen), null, null, null, false, ableAndWilling, false)));
  }

  static TrainingSession session(String id, TrainingKind kind, boolean free) {
    return new TrainingSession(
        id,
        null,
        null,
        kind,
        LocalDate.of(2018, 5, 1),
        LocalDate.of(2018, 5, 2),
        Set.of(),
        null,
        free,
        null);
  }

  static Attendance attendance(String id, String session, String household) {
    return new Attendance(id, session, null, household, null, TraineeCategory.REGISTERED_POOR);
  }

  /** {@code n} able-and-willing poor households h0.., the first {@code trained} trained free. */
  static List<EparRecord> trainedHouseholds(int n, int trained) {
    List<EparRecord> r = new ArrayList<>();
    r.add(session("s1", TrainingKind.BASIC, true));
    for (int i = 0; i < n; i++) {
      r.add(household("h" + i, true, true, "11010519491231002X"));
      if (i < trained) {
        r.add(attendance("a" + i, "s1", "h" + i));
      }
    }
    return r;
  }
}
