package org.epar.validation.rules.daming.plan;

import static org.epar.validation.rules.daming.plan.Fixtures.REPORTER;
import static org.epar.validation.rules.daming.plan.Fixtures.d;
import static org.epar.validation.rules.daming.plan.Fixtures.only;
import static org.epar.validation.rules.daming.plan.Fixtures.silent;
import static org.epar.validation.rules.daming.plan.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.Dataset;
import org.epar.core.model.Disclosure;
import org.epar.core.model.EparRecord;
import org.epar.core.money.Money;
import org.epar.validation.EparValidator;
import org.epar.validation.Finding;
import org.epar.validation.Profiles;
import org.epar.validation.Severity;
import org.epar.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** DM-PUB-01, revision 2: the disclosures sit in one place on the website (不得散见于网站). */
class DisclosureScatterTest {

  private static Disclosure at(String id, @Nullable String section) {
    return new Disclosure(
        id,
        "项目" + id,
        "content",
        REPORTER,
        Money.ofWan(10),
        d("2018-10-31"),
        "targets",
        "大商字〔2017〕1号",
        "张三",
        d("2017-11-01"),
        List.of(),
        true,
        section);
  }

  @Test
  void oneRecordedSection_isNeverAFinding() {
    silent(validate(d("2018-12-31"), at("p1", "/zwgk/dszx")), "DM-PUB-01");
  }

  @Test
  void twoDisclosuresInOneSection_spelledDifferently_areOnePlace() {
    silent(
        validate(
            d("2018-12-31"),
            at("p1", "http://www.daming.gov.cn/zwgk/dszx"),
            at("p2", " http://www.daming.gov.cn/ZWGK/dszx/ ")),
        "DM-PUB-01");
  }

  @Test
  void twoDifferentSections_isTheBoundary_oneVeto() {
    Finding f =
        only(
            validate(d("2018-12-31"), at("p1", "/zwgk/dszx"), at("p2", "/zwgk/other")),
            "DM-PUB-01",
            Severity.VETO,
            "dataset",
            "",
            "disclosures");
    assertEquals("2", f.observed());
  }

  @Test
  void threeDifferentSections_areOneVeto_namingTheFirstDisclosureElsewhere() {
    Finding f =
        only(
            validate(
                d("2018-12-31"),
                at("p1", "/zwgk/dszx"),
                at("p2", "/zwgk/dszx"),
                at("p3", "/news/2018"),
                at("p4", "/tzgg")),
            "DM-PUB-01",
            Severity.VETO,
            "dataset",
            "",
            "disclosures");
    assertEquals("3", f.observed());
    assertEquals("1", f.threshold());
    assertTrue(f.messageEn().contains("disclosure p3"), f.messageEn());
    assertFalse(f.messageEn().contains("/news/2018"), f.messageEn());
  }

  @Test
  void sectionsNotRecorded_areUnknown_notScattered() {
    silent(
        validate(d("2018-12-31"), at("p1", "/zwgk/dszx"), at("p2", null), at("p3", " ")),
        "DM-PUB-01");
    silent(validate(d("2018-12-31"), at("p1", null), at("p2", null)), "DM-PUB-01");
  }

  @Test
  void anIncompleteDisclosureInAScatteredSet_isTwoFindings_oneEach() {
    Disclosure incomplete =
        new Disclosure(
            "p2",
            null,
            "content",
            REPORTER,
            Money.ofWan(10),
            d("2018-10-31"),
            "targets",
            "doc",
            "张三",
            d("2017-11-01"),
            List.of(),
            true,
            "/b");
    ValidationReport r = validate(d("2018-12-31"), at("p1", "/a"), incomplete);
    List<Finding> all = r.findings("DM-PUB-01");
    assertEquals(2, all.size(), all::toString);
    assertEquals(
        List.of("disclosures", "project_name"),
        all.stream().map(f -> f.location().path()).sorted().toList());
  }

  @Test
  void splitAcrossChunksAndThreads_givesTheSameFinding() {
    List<EparRecord> records = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      records.add(at("p" + i, i < 13 ? "/zwgk/dszx" : "/other" + (i % 2)));
    }
    ValidationReport split =
        EparValidator.builder()
            .profile(Profiles.builtIn("daming-2017"))
            .asOf(d("2018-12-31"))
            .parallelism(2)
            .chunkSize(1)
            .build()
            .validate(Dataset.of(null, records));
    Finding f = only(split, "DM-PUB-01", Severity.VETO, "dataset", "", "disclosures");
    assertEquals("3", f.observed());
    assertTrue(f.messageEn().contains("disclosure p13"), f.messageEn());
    assertEquals(
        f,
        only(
            validate(d("2018-12-31"), records),
            "DM-PUB-01",
            Severity.VETO,
            "dataset",
            "",
            "disclosures"));
  }
}
