package org.epar.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.TraceCode;
import org.epar.core.model.Household;
import org.epar.core.model.Member;
import org.epar.core.model.PovertyStatus;
import org.epar.core.model.Village;
import org.epar.core.money.Money;
import org.junit.jupiter.api.Test;

class EparConstraintsTest {

  static final String FIRST17 = "13042519800101001";
  static final String GOOD_ID = FIRST17 + CitizenId.checkCharacter(FIRST17);
  static final String BAD_ID = FIRST17 + (CitizenId.checkCharacter(FIRST17) == '0' ? '1' : '0');

  record Applicant(
      @ValidCitizenId String citizenId,
      @ValidCreditCode String company,
      @ValidDivisionCode(level = DivisionLevel.VILLAGE) String village,
      @ValidTraceCode String trace,
      @NonNegativeMoney BigDecimal amount,
      @NonNegativeMoney Money money) {}

  private static Applicant good() {
    return new Applicant(
        GOOD_ID,
        "91350100M000100Y43",
        "130425100001",
        TraceCode.village("441481103201", "HONEY01").raw(),
        new BigDecimal("1.50"),
        Money.ofYuan(3));
  }

  private static Set<String> paths(Set<? extends ConstraintViolation<?>> v) {
    return v.stream()
        .map(c -> c.getPropertyPath().toString())
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void everyConstraint_validValuesAndNulls_pass() {
    Validator v = EparConstraints.validator(Locale.ENGLISH);
    assertTrue(v.validate(good()).isEmpty(), () -> v.validate(good()).toString());
    assertTrue(v.validate(new Applicant(null, null, null, null, null, null)).isEmpty());
  }

  @Test
  void everyConstraint_invalidValues_fail() {
    Validator v = EparConstraints.validator(Locale.ENGLISH);
    Applicant bad =
        new Applicant(
            BAD_ID,
            "91350100M000100Y44",
            "130425100000",
            "V-1-X-Y",
            new BigDecimal("0.001"),
            Money.ofYuan(-1));
    assertEquals(
        Set.of("citizenId", "company", "village", "trace", "amount", "money"),
        paths(v.validate(bad)));
  }

  @Test
  void legacyFifteenDigitNumber_isInvalidByDefault() {
    String legacy = "130425800101001";
    Validator v = EparConstraints.validator(Locale.ENGLISH);
    Applicant a = new Applicant(legacy, null, null, null, null, null);
    Set<ConstraintViolation<Applicant>> r = v.validate(a);
    assertEquals(1, r.size());
    assertTrue(r.iterator().next().getMessage().contains("id.length"));
    assertFalse(r.iterator().next().getMessage().contains(legacy));
  }

  record Legacy(
      @ValidCitizenId CitizenId strict,
      @ValidCitizenId(allowLegacy = true) String textAllowed,
      @ValidCitizenId(allowLegacy = true) CitizenId allowed) {}

  @Test
  void legacyFifteenDigitNumber_textAndTyped_failByDefault_passWhenAllowed() {
    CitizenId legacy = CitizenId.of("130425800101001");
    Validator v = EparConstraints.validator(Locale.ENGLISH);
    Set<ConstraintViolation<Legacy>> r = v.validate(new Legacy(legacy, legacy.raw(), legacy));
    assertEquals(Set.of("strict"), paths(r), r::toString);
    assertTrue(r.iterator().next().getMessage().contains("id.length"));
    CitizenId good = CitizenId.of(GOOD_ID);
    assertTrue(v.validate(new Legacy(good, GOOD_ID, good)).isEmpty());
    CitizenId bad = CitizenId.of(BAD_ID);
    assertEquals(
        Set.of("strict", "textAllowed", "allowed"),
        paths(v.validate(new Legacy(bad, BAD_ID, bad))));
  }

  @Test
  void messages_inBothLocales_withoutTheNumber() {
    Applicant a = new Applicant(BAD_ID, null, null, null, null, null);
    String en =
        EparConstraints.validator(Locale.ENGLISH).validate(a).iterator().next().getMessage();
    String zh =
        EparConstraints.validator(Locale.SIMPLIFIED_CHINESE)
            .validate(a)
            .iterator()
            .next()
            .getMessage();
    assertTrue(en.startsWith("must be a valid 18-character citizen identity number"), en);
    assertTrue(en.contains("id.check"), en);
    assertTrue(zh.startsWith("必须是有效的18位公民身份号码"), zh);
    assertFalse(en.contains(BAD_ID));
    assertFalse(zh.contains(BAD_ID));
  }

  @Test
  void factory_isBuiltOncePerLocale() {
    assertSame(
        EparConstraints.factory(Locale.SIMPLIFIED_CHINESE),
        EparConstraints.factory(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void household_badMemberCitizenId_violationAtMembersPath_andNoRawNumber() {
    Household h =
        new Household(
            "H1",
            DivisionCode.of("130425100001"),
            true,
            PovertyStatus.POOR,
            List.of(new Member(CitizenId.of(BAD_ID), "张三", null, null, false, false, false)));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      Set<ConstraintViolation<Household>> r = EparConstraints.validator(locale).validate(h);
      assertEquals(Set.of("members[0].citizenId"), paths(r));
      for (ConstraintViolation<Household> c : r) {
        assertFalse(c.getMessage().contains(BAD_ID), c.getMessage());
      }
    }
  }

  @Test
  void village_atTownshipLevel_isViolation() {
    Village v =
        new Village(
            DivisionCode.of("130425100000"),
            "x",
            1,
            false,
            false,
            false,
            false,
            false,
            false,
            List.of());
    assertEquals(Set.of("code"), paths(EparConstraints.validator(Locale.ENGLISH).validate(v)));
  }
}
