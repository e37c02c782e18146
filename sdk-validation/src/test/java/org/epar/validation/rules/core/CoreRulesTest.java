package org.epar.validation.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.id.TraceCode;
import org.epar.core.model.Attendance;
import org.epar.core.model.Dataset;
import org.epar.core.model.Enterprise;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.model.PovertyStatus;
import org.epar.core.model.Shipment;
import org.epar.core.model.Site;
import org.epar.core.model.SiteType;
import org.epar.core.model.TraceEvent;
import org.epar.core.model.TraceStep;
import org.epar.core.model.TracedItem;
import org.epar.core.model.TrainingSession;
import org.epar.core.model.Village;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Location;
import org.epar.validation.Profiles;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** CORE-ID-01..04, CORE-REF-01, CORE-DUP-01, CORE-DATE-01, CORE-TRACE-01: break and satisfy. */
class CoreRulesTest {

  static final LocalDate AS_OF = LocalDate.of(2018, 6, 1);
  static final String VILLAGE = "130425100001";
  static final CreditCode ENTERPRISE = CreditCode.of("91350100M000100Y43");
  static final TraceCode CODE = TraceCode.village("441481103201", "HONEY01");

  static String citizen(String first17) {
    return first17 + CitizenId.checkCharacter(first17);
  }

  static final String ID_A = citizen("13042519800101001");
  static final String ID_B = citizen("13042519850202002");

  static Village village(String code) {
    return new Village(
        DivisionCode.of(code), "v", 100, true, true, true, true, true, true, List.of());
  }

  static Member member(String id) {
    return new Member(CitizenId.of(id), "张三", null, null, false, false, false);
  }

  static Household household(String id, String village, String... citizenIds) {
    List<Member> m = new ArrayList<>();
    for (String c : citizenIds) {
      m.add(member(c));
    }
    return new Household(id, DivisionCode.of(village), true, PovertyStatus.POOR, m);
  }

  static Site site(String id, SiteType type, String division, CreditCode operator) {
    return new Site(
        id,
        type,
        "s",
        DivisionCode.of(division),
        null,
        null,
        1,
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        operator,
        false,
        null,
        null,
        0);
  }

  static TrainingSession session(String id, LocalDate start, LocalDate end) {
    return new TrainingSession(id, "t", ENTERPRISE, null, start, end, Set.of(), null, true, null);
  }

  static TraceEvent event(String id, TraceStep step, int day) {
    return new TraceEvent(
        id,
        CODE,
        OffsetDateTime.of(2018, 5, day, 8, 0, 0, 0, ZoneOffset.UTC),
        DivisionCode.of(VILLAGE),
        null,
        ENTERPRISE,
        null,
        step);
  }

  static ValidationReport validate(EparRecord... records) {
    return validate(null, records);
  }

  static ValidationReport validate(DivisionRegistry registry, EparRecord... records) {
    EparValidator.Builder b =
        EparValidator.builder()
            .profile(Profiles.builtIn("daming-2017"))
            .asOf(AS_OF)
            .parallelism(1)
            .chunkSize(2);
    if (registry != null) {
      b.divisionRegistry(registry);
    }
    return b.build().validate(Dataset.builder().addAll(List.of(records)).build());
  }

  static Finding only(ValidationReport r, String rule) {
    List<Finding> f = r.findings(rule);
    assertEquals(1, f.size(), r.toString());
    assertEquals(Severity.ERROR, f.get(0).severity());
    return f.get(0);
  }

  /** A clean dataset: every CORE rule is silent. */
  static EparRecord[] clean() {
    return new EparRecord[] {
      village(VILLAGE),
      site("S1", SiteType.VILLAGE_STATION, VILLAGE, ENTERPRISE),
      site("S2", SiteType.COUNTY_SERVICE_CENTRE, "130425", ENTERPRISE),
      household("H1", VILLAGE, ID_A),
      household("H2", VILLAGE, ID_B),
      session("T1", LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 2)),
      new Attendance("A1", "T1", CitizenId.of(ID_A), "H1", null, null),
      new Enterprise(ENTERPRISE, "e", Set.of(), DivisionCode.of("130425"), null, 0),
      new Shipment(
          "SH1",
          "S2",
          "S1",
          ENTERPRISE,
          null,
          LocalDate.of(2018, 5, 1),
          LocalDate.of(2018, 5, 2),
          null,
          null),
      new TracedItem(CODE, null, ENTERPRISE, "H1", LocalDate.of(2018, 5, 1)),
      event("E1", TraceStep.PRODUCE, 1),
      event("E2", TraceStep.PACK, 2),
      event("E3", TraceStep.SHIP, 3),
      event("E4", TraceStep.RECEIVE, 4),
      event("E5", TraceStep.SELL, 5),
    };
  }

  @Test
  void cleanDataset_allCoreRulesSilent() {
    ValidationReport r = validate(DivisionRegistry.nbs2023(), clean());
    for (String id :
        List.of(
            "CORE-ID-01",
            "CORE-ID-02",
            "CORE-ID-03",
            "CORE-ID-04",
            "CORE-REF-01",
            "CORE-DUP-01",
            "CORE-DATE-01",
            "CORE-TRACE-01")) {
      assertTrue(r.findings(id).isEmpty(), id + ": " + r);
    }
  }

  @Test
  void coreId01_badCheckCharacter_maskedAtMemberPath() {
    String bad = ID_A.substring(0, 17) + (ID_A.charAt(17) == '0' ? '1' : '0');
    Finding f = only(validate(household("H1", VILLAGE, ID_B, bad)), "CORE-ID-01");
    assertEquals("household", f.location().objectType());
    assertEquals("H1", f.location().objectId());
    assertEquals("members[1].citizen_id", f.location().path());
    assertFalse(f.observed().contains(bad.substring(4, 14)));
    assertFalse(f.messageEn().contains(bad));
    assertTrue(f.messageEn().contains("id.check"), f.messageEn());
  }

  @Test
  void coreId01_legacyFifteenDigits_isReported() {
    String legacy = "130425800101001";
    Finding f =
        only(
            validate(new Attendance("A1", null, CitizenId.of(legacy), null, null, null)),
            "CORE-ID-01");
    assertEquals("citizen_id", f.location().path());
    assertTrue(f.messageEn().contains("id.length"), f.messageEn());
    assertFalse(f.messageEn().contains(legacy));
    assertFalse(f.messageZh().contains(legacy));
  }

  @Test
  void coreId02_badCheckCharacter() {
    Finding f =
        only(
            validate(
                site("S1", SiteType.EXPRESS_OUTLET, "130425", CreditCode.of("91350100M000100Y44"))),
            "CORE-ID-02");
    assertEquals("operator", f.location().path());
    assertEquals("91350100M000100Y44", f.observed());
  }

  @Test
  void coreId02_citizenIdTypedAsCreditCode_isMasked() {
    Finding f =
        only(
            validate(site("S1", SiteType.EXPRESS_OUTLET, "130425", CreditCode.of(ID_A))),
            "CORE-ID-02");
    assertFalse(f.observed().contains(ID_A));
    assertFalse(f.messageEn().contains(ID_A));
  }

  @Test
  void coreId03_levelMustFitObject() {
    Finding f =
        only(
            validate(site("S1", SiteType.VILLAGE_STATION, "130425100000", ENTERPRISE)),
            "CORE-ID-03");
    assertEquals("division", f.location().path());
    assertTrue(f.threshold().contains("village-level"), f.threshold());
    assertTrue(
        validate(site("S1", SiteType.TOWNSHIP_STATION, "130425100000", ENTERPRISE))
            .findings("CORE-ID-03")
            .isEmpty());
    Finding h = only(validate(household("H1", "130425", ID_A)), "CORE-ID-03");
    assertEquals("village", h.location().path());
  }

  @Test
  void coreId03_unknownCountyWithRegistry() {
    Finding f =
        only(
            validate(
                DivisionRegistry.nbs2023(),
                site("S2", SiteType.COUNTY_WAREHOUSE, "139999", ENTERPRISE)),
            "CORE-ID-03");
    assertTrue(f.threshold().contains("registry"), f.threshold());
    assertTrue(
        validate(site("S2", SiteType.COUNTY_WAREHOUSE, "139999", ENTERPRISE))
            .findings("CORE-ID-03")
            .isEmpty(),
        "without a registry only shape and level count");
  }

  @Test
  void coreId04_badTraceCode() {
    String bad =
        CODE.raw().substring(0, CODE.raw().length() - 1) + (CODE.raw().endsWith("A") ? "B" : "A");
    Finding f =
        only(validate(new TracedItem(TraceCode.of(bad), null, null, null, null)), "CORE-ID-04");
    assertEquals("traced_item", f.location().objectType());
    assertEquals("code", f.location().path());
    assertTrue(f.messageEn().contains("id.check"), f.messageEn());
  }

  @Test
  void coreRef01_danglingReferences() {
    ValidationReport r =
        validate(
            household("H1", VILLAGE, ID_A),
            new Attendance("A1", "T9", CitizenId.of(ID_A), "H1", null, null));
    List<Finding> f = r.findings("CORE-REF-01");
    assertEquals(2, f.size(), r.toString()); // village not in dataset, session T9 missing
    assertTrue(
        f.stream()
            .anyMatch(
                x ->
                    x.observed().equals("village " + VILLAGE)
                        && x.location().path().equals("village")));
    assertTrue(
        f.stream()
            .anyMatch(
                x ->
                    x.observed().equals("training_session T9")
                        && x.location().objectType().equals("attendance")));
  }

  @Test
  void coreRef01_resolvesAcrossChunksWhateverTheOrder() {
    List<EparRecord> records = new ArrayList<>(List.of(clean()));
    Collections.reverse(records);
    ValidationReport r = validate(DivisionRegistry.nbs2023(), records.toArray(new EparRecord[0]));
    assertTrue(r.findings("CORE-REF-01").isEmpty(), r.toString());
  }

  @Test
  void coreDup01_duplicateIdCitizenAndAttendance() {
    ValidationReport r =
        validate(
            village(VILLAGE),
            household("H1", VILLAGE, ID_A),
            household("H3", VILLAGE, ID_A.toLowerCase(java.util.Locale.ROOT)),
            household("H2", VILLAGE, ID_B),
            household("H2", VILLAGE),
            session("T1", null, null),
            new Attendance("A1", "T1", CitizenId.of(ID_B), "H2", null, null),
            new Attendance("A2", "T1", CitizenId.of(ID_B), "H2", null, null));
    List<Finding> f = r.findings("CORE-DUP-01");
    assertEquals(3, f.size(), r.toString());
    for (Finding x : f) {
      assertEquals(Severity.ERROR, x.severity());
      assertFalse(x.observed().contains(ID_A) || x.observed().contains(ID_B), x.observed());
      assertFalse(x.messageEn().contains(ID_A) || x.messageEn().contains(ID_B));
    }
    assertTrue(
        f.stream()
            .anyMatch(
                x ->
                    x.observed().equals("household H2")
                        && x.messageEn().contains("occurs 2 times")));
    assertTrue(
        f.stream()
            .anyMatch(
                x ->
                    x.location().path().equals("members[0].citizen_id")
                        && x.location().objectId().equals("H3")));
    assertTrue(f.stream().anyMatch(x -> x.location().objectId().equals("A2")));
  }

  @Test
  void coreDup01_namesTheFirstOccurrence_asTheRelatedLocation() {
    ValidationReport r =
        validate(
            village(VILLAGE),
            household("H1", VILLAGE, ID_A),
            household("H3", VILLAGE, ID_B, ID_A),
            household("H2", VILLAGE),
            household("H2", VILLAGE),
            session("T1", null, null),
            new Attendance("A1", "T1", CitizenId.of(ID_B), "H2", null, null),
            new Attendance("A2", "T1", CitizenId.of(ID_B), "H2", null, null));
    List<Finding> f = r.findings("CORE-DUP-01");
    assertEquals(3, f.size(), r.toString());
    Finding citizen = only(f, "H3");
    assertEquals("members[1].citizen_id", citizen.location().path());
    assertFirst(citizen, new Location("household", "H1", "members[0].citizen_id", 0));
    Finding id = only(f, "H2");
    assertFirst(id, new Location("household", "H2", "", 0));
    Finding attendance = only(f, "A2");
    assertFirst(attendance, new Location("attendance", "A1", "citizen_id", 0));
    // A finding without a second place has none.
    for (Finding other : r.findings()) {
      if (!other.ruleId().equals("CORE-DUP-01")) {
        assertEquals(List.of(), other.related());
      }
    }
  }

  /** The finding names one related location, like {@code expected} but at an earlier index. */
  private static void assertFirst(Finding f, Location expected) {
    assertEquals(1, f.related().size(), f::toString);
    Location first = f.related().get(0);
    assertEquals(expected, first.withIndex(0), f::toString);
    assertTrue(first.index() >= 0 && first.index() < f.location().index(), f::toString);
  }

  private static Finding only(List<Finding> fs, String objectId) {
    List<Finding> m = fs.stream().filter(x -> x.location().objectId().equals(objectId)).toList();
    assertEquals(1, m.size(), fs::toString);
    return m.get(0);
  }

  @Test
  void coreId01_problem_isText_inEachLanguage_withTheCode() {
    String wrongCheck = ID_B.substring(0, 17) + (ID_B.charAt(17) == '1' ? '2' : '1');
    Finding f = only(validate(household("H1", VILLAGE, wrongCheck)), "CORE-ID-01");
    assertTrue(f.messageEn().endsWith("check character does not match (id.check)."), f.messageEn());
    assertTrue(f.messageZh().endsWith("校验码不正确（id.check）（要求：18 位，GB 11643-1999）。"), f.messageZh());
  }

  @Test
  void coreDup01_surroundingSpaces_areTheSamePerson() {
    ValidationReport r =
        validate(
            village(VILLAGE),
            household("H1", VILLAGE, ID_A),
            household("H2", VILLAGE, " " + ID_A + "\u3000"),
            session("T1", null, null),
            new Attendance("A1", "T1", CitizenId.of(ID_B), "H1", null, null),
            new Attendance("A2", "T1", CitizenId.of(ID_B + " "), "H1", null, null));
    List<Finding> f = r.findings("CORE-DUP-01");
    assertEquals(2, f.size(), r.toString());
    assertTrue(f.stream().anyMatch(x -> x.location().objectId().equals("H2")));
    assertTrue(f.stream().anyMatch(x -> x.location().objectId().equals("A2")));
    // the spaced spellings are still reported by CORE-ID-01 (the number as given is not valid)
    assertEquals(2, r.findings("CORE-ID-01").stream().mapToInt(Finding::count).sum());
  }

  @Test
  void coreId01_provincePrefix_mustBeARealProvince() {
    // 99 is no province (bug class 10: only the first digit was checked)
    Finding f =
        only(validate(household("H1", VILLAGE, citizen("99010119800101001"))), "CORE-ID-01");
    assertTrue(f.messageEn().contains("id.area"), f.messageEn());
    // the edges of the real ranges: 11 and 65 pass, 10 and 66 fail; 71/81/82/83 pass, 84 fails
    for (String ok :
        List.of(
            "11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81",
            "82", "83")) {
      assertTrue(
          validate(
                  new Attendance(
                      "A1", null, CitizenId.of(citizen(ok + "010519800101001")), null, null, null))
              .findings("CORE-ID-01")
              .isEmpty(),
          ok);
    }
    for (String bad :
        List.of(
            "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72",
            "80", "84", "90")) {
      assertEquals(
          1,
          validate(
                  new Attendance(
                      "A1", null, CitizenId.of(citizen(bad + "010519800101001")), null, null, null))
              .findings("CORE-ID-01")
              .size(),
          bad);
    }
    // a county code the current registry does not list (as a retired one) keeps its province: valid
    assertTrue(
        validate(
                new Attendance(
                    "A1", null, CitizenId.of(citizen("13049919800101001")), null, null, null))
            .findings("CORE-ID-01")
            .isEmpty());
  }

  @Test
  void coreDup01_splitInvariant_firesIffACitizenRepeats() {
    qt().forAll(integers().between(1, 6), integers().between(1, 6), integers().between(1, 4))
        .checkAssert(
            (a, b, chunk) -> {
              String x = citizen("1304251980010100" + a);
              String y = citizen("1304251980010100" + b);
              ValidationReport r =
                  EparValidator.builder()
                      .profile(Profiles.builtIn("daming-2017"))
                      .asOf(AS_OF)
                      .parallelism(1)
                      .chunkSize(chunk)
                      .build()
                      .validate(List.of(household("H1", VILLAGE, x), household("H2", VILLAGE, y)));
              assertEquals(a.equals(b) ? 1 : 0, r.findings("CORE-DUP-01").size());
            });
  }

  @Test
  void coreDate01_endBeforeStart_andFarFuture() {
    Finding f =
        only(
            validate(session("T1", LocalDate.of(2018, 3, 2), LocalDate.of(2018, 3, 1))),
            "CORE-DATE-01");
    assertEquals("end_date", f.location().path());
    assertEquals("2018-03-01", f.observed());
    Finding g =
        only(
            validate(
                new Shipment(
                    "SH1", null, null, null, null, LocalDate.of(2108, 5, 1), null, null, null)),
            "CORE-DATE-01");
    assertEquals("dispatched_on", g.location().path());
    assertTrue(
        validate(
                new Shipment(
                    "SH1",
                    null,
                    null,
                    null,
                    null,
                    LocalDate.of(2019, 6, 1),
                    LocalDate.of(2019, 6, 1),
                    null,
                    null))
            .findings("CORE-DATE-01")
            .isEmpty(),
        "one year after as-of is not the far future; same-day delivery is fine");
  }

  @Test
  void coreTrace01_brokenChains() {
    // SHIP before PRODUCE in time: the chain has no origin, and PRODUCE comes too late
    List<Finding> f =
        validate(event("E1", TraceStep.SHIP, 1), event("E2", TraceStep.PRODUCE, 2))
            .findings("CORE-TRACE-01");
    assertEquals(2, f.size());
    assertEquals("trace_event", f.get(0).location().objectType());
    assertEquals(CODE.raw(), f.get(0).observed());
    assertTrue(f.get(0).messageEn().contains("PRODUCE is missing"), f.get(0).messageEn());
    assertTrue(f.get(1).messageEn().contains("comes after SHIP"), f.get(1).messageEn());
    // RECEIVE without SHIP
    Finding g =
        only(
            validate(
                new TracedItem(CODE, null, ENTERPRISE, null, null),
                event("E1", TraceStep.PRODUCE, 1),
                event("E2", TraceStep.RECEIVE, 2)),
            "CORE-TRACE-01");
    assertEquals("E2", g.location().objectId());
    assertTrue(g.messageEn().contains("SHIP is missing"), g.messageEn());
    // no who
    TraceEvent noWho =
        new TraceEvent(
            "E1",
            CODE,
            OffsetDateTime.of(2018, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC),
            DivisionCode.of(VILLAGE),
            null,
            null,
            null,
            TraceStep.PRODUCE);
    assertEquals("who_enterprise", only(validate(noWho), "CORE-TRACE-01").location().path());
    assertEquals(Severity.ERROR, g.severity());
  }

  @Test
  void coreTrace01_skippedProcessAndPack_andUnfinishedChain_areFine() {
    assertTrue(
        validate(
                event("E1", TraceStep.PRODUCE, 1),
                event("E2", TraceStep.SHIP, 2),
                event("E3", TraceStep.SHIP, 3))
            .findings("CORE-TRACE-01")
            .isEmpty());
  }

  @Test
  void coreTrace01_packBeforeProcess_isFine_aStepBackAfterPackingIsNot() {
    List<Finding> packFirst =
        validate(
                event("E1", TraceStep.PRODUCE, 1),
                event("E2", TraceStep.PACK, 2),
                event("E3", TraceStep.PROCESS, 3),
                event("E4", TraceStep.SHIP, 4))
            .findings("CORE-TRACE-01");
    assertTrue(packFirst.isEmpty(), packFirst::toString);
    assertTrue(
        validate(
                event("E1", TraceStep.PRODUCE, 1),
                event("E2", TraceStep.PROCESS, 2),
                event("E3", TraceStep.PACK, 3),
                event("E4", TraceStep.SHIP, 4))
            .findings("CORE-TRACE-01")
            .isEmpty());
    // back from SHIP to PACK is still a step back
    Finding f =
        only(
            validate(
                event("E1", TraceStep.PRODUCE, 1),
                event("E2", TraceStep.SHIP, 2),
                event("E3", TraceStep.PACK, 3)),
            "CORE-TRACE-01");
    assertEquals("E3", f.location().objectId());
  }

  @Test
  void coreTrace01_sameTimestampEvents_inAnyInputOrder() {
    // SELL, RECEIVE, SHIP listed backwards, all in the same second: a possible chain
    assertTrue(
        validate(
                event("E1", TraceStep.PRODUCE, 1),
                event("E4", TraceStep.SELL, 2),
                event("E3", TraceStep.RECEIVE, 2),
                event("E2", TraceStep.SHIP, 2))
            .findings("CORE-TRACE-01")
            .isEmpty());
    // a day apart, the same order is broken: RECEIVE lacks its SHIP, and SHIP is a step back
    assertEquals(
        2,
        validate(
                event("E1", TraceStep.PRODUCE, 1),
                event("E3", TraceStep.RECEIVE, 2),
                event("E2", TraceStep.SHIP, 3))
            .findings("CORE-TRACE-01")
            .size());
  }

  @Test
  void coreTrace01_problemsOfOneEvent_areOneFinding() {
    TraceEvent bare = new TraceEvent("E1", CODE, null, null, null, null, null, TraceStep.PRODUCE);
    Finding f = only(validate(bare), "CORE-TRACE-01");
    assertEquals(1, f.count());
    assertTrue(
        f.messageEn().contains("no where")
            && f.messageEn().contains("no who")
            && f.messageEn().contains("no time"),
        f.messageEn());
  }
}
