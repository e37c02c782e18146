package org.epar.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.epar.core.id.CitizenId;
import org.epar.core.model.Attendance;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.model.TrainingSession;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationAccumulator;
import org.epar.validation.ValidationReport;
import org.epar.validation.spi.HouseholdMembers;
import org.junit.jupiter.api.Test;

/**
 * CORE-DUP-01 and DM-TRAIN-03 read the households from one shared {@link HouseholdMembers} state:
 * any split of the input, combined in order or validated on several threads, reports what one pass
 * reports, and both rules keep reading the members they read before.
 */
class SharedHouseholdMembersTest {

  private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

  private static final String[] IDS = {"h0", "h1", "h2", "", "  ", "h1 "};

  private static final String[] CITIZENS = {
    "130425200001010011",
    "130425200001010027",
    "11010519491231002X",
    "11010519491231002x",
    " 11010519491231002X ",
    "130425800101001",
    "not-a-number",
    "",
  };

  private static EparValidator validator(int parallelism, int chunk) {
    return EparValidator.builder()
        .profile(Profiles.builtIn("daming-2017"))
        .asOf(AS_OF)
        .parallelism(parallelism)
        .chunkSize(chunk)
        .build();
  }

  private static CitizenId citizen(int c) {
    return CitizenId.of(CITIZENS[c % CITIZENS.length]);
  }

  /** Households, attendances and two sessions, one held by the deadline, one after it. */
  private static List<EparRecord> records(List<Integer> codes) {
    List<EparRecord> out = new ArrayList<>();
    out.add(session("s0", LocalDate.of(2018, 3, 1)));
    out.add(session("s1", LocalDate.of(2021, 3, 1)));
    for (int i = 0; i < codes.size(); i++) {
      int c = codes.get(i);
      if (c % 3 != 2) {
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < c % 4; m++) {
          CitizenId id = (c + m) % 9 == 0 ? null : citizen(c / 3 + 5 * m);
          members.add(new Member(id, "member", null, null, false, true, false));
        }
        out.add(new Household(IDS[c % IDS.length], null, c % 5 != 0, null, members));
      } else {
        String session = "s" + (c / 7 % 2);
        out.add(
            c % 4 == 0
                ? new Attendance("a" + i, session, null, IDS[c / 3 % IDS.length], null, null)
                : new Attendance("a" + i, session, citizen(c / 5), null, null, null));
      }
    }
    return out;
  }

  private static TrainingSession session(String id, LocalDate day) {
    return new TrainingSession(id, "t", null, null, day, day, null, null, true, null);
  }

  @Test
  void anySplitAndAnyThreads_reportWhatOnePassReports() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, 200)).ofSizeBetween(0, 40),
            integers().between(0, 45),
            integers().between(0, 45),
            integers().between(1, 7))
        .checkAssert(
            (codes, a, b, chunk) -> {
              List<EparRecord> all = records(codes);
              ValidationReport one = validator(1, Integer.MAX_VALUE).validate(all);
              int i = Math.min(Math.min(a, b), all.size());
              int j = Math.min(Math.max(a, b), all.size());
              EparValidator v = validator(1, Integer.MAX_VALUE);
              ValidationAccumulator first = v.newAccumulator();
              ValidationAccumulator second = v.newAccumulator();
              ValidationAccumulator third = v.newAccumulator();
              for (int k = 0; k < all.size(); k++) {
                (k < i ? first : k < j ? second : third).add(all.get(k), k);
              }
              // (first + (second + third)): the other association than the engine's fold
              ValidationReport split = first.combine(second.combine(third)).finish();
              assertEquals(one.findings(), split.findings());
              assertEquals(one.findings(), validator(3, chunk).validate(all).findings());
            });
  }

  private static Household poor(String id, boolean registeredPoor, String... citizens) {
    List<Member> members = new ArrayList<>();
    for (String c : citizens) {
      members.add(new Member(CitizenId.of(c), "member", null, null, false, true, false));
    }
    return new Household(id, null, registeredPoor, null, members);
  }

  private static List<Finding> findings(String rule, List<EparRecord> records) {
    return validator(1, Integer.MAX_VALUE).validate(records).findings(rule);
  }

  @Test
  void dmTrain03_poorHouseholdSharingTheIdOfAnEarlierOtherHousehold_isOneTrainedHousehold() {
    List<EparRecord> records =
        List.of(
            session("s0", LocalDate.of(2018, 3, 1)),
            poor("h", false),
            poor("h", true, "130425200001010011"),
            poor("g", true, "130425200001010027"),
            new Attendance("a", "s0", null, "h", null, null));
    // 1 of 2 distinct poor households trained
    assertEquals("0.5", findings("DM-TRAIN-03", records).get(0).observed());
  }

  @Test
  void dmTrain03_memberOfANonPoorHousehold_trainsNoPoorHousehold() {
    List<EparRecord> records =
        List.of(
            session("s0", LocalDate.of(2018, 3, 1)),
            poor("rich", false, "130425200001010011"),
            poor("p", true, "130425200001010027"),
            new Attendance("a", "s0", CitizenId.of("130425200001010011"), null, null, null));
    assertEquals("0", findings("DM-TRAIN-03", records).get(0).observed());
  }

  @Test
  void dmTrain03_blankIdsAreDistinctHouseholds() {
    List<EparRecord> records =
        List.of(
            session("s0", LocalDate.of(2018, 3, 1)),
            poor(" ", true, "130425200001010011"),
            poor(" ", true, "130425200001010027"),
            poor("", true),
            new Attendance("a", "s0", CitizenId.of("130425200001010027"), null, null, null));
    assertEquals("0.333333", findings("DM-TRAIN-03", records).get(0).observed());
  }

  @Test
  void coreDup01_memberListedInTwoHouseholds_isReportedAtTheSecond_whateverTheOtherRuleKeeps() {
    List<EparRecord> records =
        List.of(
            poor("h0", false, "130425200001010011"),
            poor("h1", true, "130425200001010027", "130425200001010011"),
            poor("h2", false, "130425200001010011"));
    List<Finding> dup = findings("CORE-DUP-01", records);
    assertEquals(1, dup.size());
    assertEquals("h1", dup.get(0).location().objectId());
    assertEquals("members[1].citizen_id", dup.get(0).location().path());
    assertEquals(1, dup.get(0).location().index());
  }

  /**
   * CORE-DUP-01's members, checked against counting them plainly: households with members drawn
   * from a small pool of numbers (packed and other texts, so that most recur and buckets collide),
   * every number listed more than once reported once, at its second place (the findings of one
   * household grouped: their count is the number of such numbers).
   */
  @Test
  void coreDup01_members_asCountingThemPlainly() {
    qt().withExamples(150)
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 60))
        .checkAssert(
            codes -> {
              List<EparRecord> records = new ArrayList<>();
              java.util.Map<String, List<String>> places = new java.util.LinkedHashMap<>();
              for (int i = 0; i < codes.size(); i++) {
                int c = codes.get(i);
                List<Member> members = new ArrayList<>();
                for (int m = 0; m < c % 5; m++) {
                  int k = (c / 5 + 7 * m) % 23;
                  String id = k < 20 ? String.format("1304252000010100%02d", k) : "other-" + k;
                  members.add(
                      new Member(CitizenId.of(id), "member", null, null, false, true, false));
                  places.computeIfAbsent(id, x -> new ArrayList<>()).add("h" + i);
                }
                records.add(new Household("h" + i, null, false, null, members));
              }
              // per household, how many numbers have their second place there
              java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
              places.forEach(
                  (id, at) -> {
                    if (at.size() > 1) {
                      expected.merge(at.get(1), 1, Integer::sum);
                    }
                  });
              java.util.Map<String, Integer> found = new java.util.TreeMap<>();
              for (Finding f : findings("CORE-DUP-01", records)) {
                found.merge(f.location().objectId(), f.count(), Integer::sum);
              }
              assertEquals(expected, found);
            });
  }

  /**
   * Enough members (80,000) that CORE-DUP-01 splits its tables into ranges of buckets: exactly the
   * planted duplicates are found, wherever their buckets fall.
   */
  @Test
  void coreDup01_manyMembers_findsExactlyThePlantedDuplicates() {
    List<EparRecord> records = new ArrayList<>();
    Set<String> expected = new TreeSet<>();
    for (int h = 0; h < 20_000; h++) {
      List<Member> members = new ArrayList<>();
      for (int m = 0; m < 4; m++) {
        int k = h * 4 + m;
        // every 997th member repeats the number of member k - 40,000 (another range, mostly)
        int number = k >= 40_000 && k % 997 == 0 ? k - 40_000 : k;
        if (number != k) {
          expected.add("h" + h + " members[" + m + "].citizen_id");
        }
        members.add(
            new Member(
                CitizenId.of(String.format("1304252000%08d", number)),
                "member",
                null,
                null,
                false,
                true,
                false));
      }
      records.add(new Household("h" + h, null, false, null, members));
    }
    Set<String> found = new TreeSet<>();
    for (Finding f : findings("CORE-DUP-01", records)) {
      found.add(f.location().objectId() + " " + f.location().path());
    }
    assertEquals(40, expected.size()); // 997 × 41 … 997 × 80
    assertEquals(expected, found);
  }

  /**
   * Many duplicated numbers (16,384 and 16,385, a table of them larger than the caches): exactly
   * the planted duplicates, each at its second place.
   */
  @Test
  void coreDup01_manyDuplicatedNumbers_foundExactly() {
    for (int duplicated : new int[] {16_384, 16_385}) {
      List<EparRecord> records = new ArrayList<>();
      Set<String> expected = new TreeSet<>();
      int households = 20_000 + duplicated;
      for (int h = 0; h < households; h++) {
        List<Member> members = new ArrayList<>();
        members.add(member(h));
        if (h >= 20_000) {
          members.add(member(h - 20_000)); // the number of household h - 20,000, again
          expected.add("h" + h + " members[1].citizen_id");
        }
        records.add(new Household("h" + h, null, false, null, members));
      }
      Set<String> found = new TreeSet<>();
      for (Finding f : findings("CORE-DUP-01", records)) {
        found.add(f.location().objectId() + " " + f.location().path());
      }
      assertEquals(duplicated, expected.size());
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(found);
      Set<String> extra = new TreeSet<>(found);
      extra.removeAll(expected);
      assertEquals(
          "missing 0, extra 0",
          "missing " + missing.size() + ", extra " + extra.size(),
          duplicated + " duplicated numbers");
    }
  }

  /**
   * One number listed 300,000 times (a range of buckets holding more candidates than CORE-DUP-01
   * puts in a table, so it sorts them) and another listed twice: each reported once, at its second
   * place, with its count; and the walks read the keys in chunks that do not divide the members.
   */
  @Test
  void coreDup01_oneNumberInEveryHousehold_reportedOnceWithItsCount() {
    List<EparRecord> records = new ArrayList<>();
    for (int h = 0; h < 100_000; h++) {
      List<Member> members = new ArrayList<>();
      for (int m = 0; m < 3; m++) {
        members.add(member(1));
      }
      members.add(member(h == 7 || h == 99_999 ? 2 : 1_000 + h));
      records.add(new Household("h" + h, null, false, null, members));
    }
    List<Finding> found = findings("CORE-DUP-01", records);
    assertEquals(2, found.size(), found::toString);
    Finding everywhere =
        found.get(0).messageEn().contains(" 300000 ") ? found.get(0) : found.get(1);
    Finding twice = found.get(0) == everywhere ? found.get(1) : found.get(0);
    assertEquals("h0 members[1].citizen_id", where(everywhere));
    assertTrue(everywhere.messageEn().contains("occurs 300000 times"), everywhere::messageEn);
    assertEquals("h99999 members[3].citizen_id", where(twice));
    assertTrue(twice.messageEn().contains("occurs 2 times"), twice::messageEn);
  }

  private static String where(Finding f) {
    return f.location().objectId() + " " + f.location().path();
  }

  private static Member member(int number) {
    return new Member(
        CitizenId.of(String.format("1304252000%08d", number)),
        "member",
        null,
        null,
        false,
        true,
        false);
  }
}
