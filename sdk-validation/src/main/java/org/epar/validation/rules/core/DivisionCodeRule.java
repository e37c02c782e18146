package org.epar.validation.rules.core;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.DivisionLevel;
import org.epar.core.id.DivisionRegistry;
import org.epar.core.model.EparRecord;
import org.epar.validation.spi.FindingSink;
import org.epar.validation.spi.RecordRule;
import org.epar.validation.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * CORE-ID-03: a division code is a valid statistical division code (统计用区划代码), its level fits the
 * object, and it is known to the validator's {@link DivisionRegistry} when there is one.
 *
 * <p>Levels required: a village, a household, a leader's village, a product's villages and a
 * village station ({@code VILLAGE_STATION}) sit at village level; a township, a township station
 * and a township distribution centre at township level; a county, a county service centre, a county
 * warehouse, a fund's and a brand's county at county level; an "advanced county/township"
 * recognition at county/township level. Other division fields (personnel, sessions, shops,
 * enterprises, trace events, activities, statistics, report scope, collection hubs, express
 * outlets) need only be valid.
 *
 * <p>Reading for the registry: codes at province, city, county and township level must be known to
 * it. Village codes are looked up only when the registry has villages ({@code size(VILLAGE) > 0});
 * otherwise the village's township must be known. Without a registry only shape and level are
 * checked. A null code is absent data, not a breach (CORE-REF-01 and the profile rules own
 * absence). No parameters.
 *
 * @since 0.1.0
 */
final class DivisionCodeRule {

  /** Per record class, whether it can hold a division code (reflection, once). */
  private static final Predicate<Class<?>> HOLDS_CODE =
      RecordTypes.holding(c -> c == DivisionCode.class);

  /** The rule ID. */
  static final String ID = "CORE-ID-03";

  /** The rule; stateless. */
  static final RecordRule<EparRecord> RULE =
      RecordRule.of(ID, EparRecord.class, DivisionCodeRule::accepts, DivisionCodeRule::check);

  private DivisionCodeRule() {}

  /**
   * Declines the record classes that have no division code field.
   *
   * @param type a record class
   * @return whether its records can hold a division code
   */
  private static boolean accepts(Class<?> type) {
    return HOLDS_CODE.test(type);
  }

  private static void check(EparRecord record, RuleContext ctx, FindingSink sink) {
    IdFields.visit(record, VISITOR, ctx, sink);
  }

  /** Checks every division code of a record: one visitor for every record. */
  private static final IdFields.Visitor VISITOR =
      new IdFields.Visitor() {
        @Override
        public void division(
            EparRecord r,
            RuleContext ctx,
            FindingSink sink,
            String list,
            int index,
            String field,
            DivisionCode code,
            @Nullable DivisionLevel level,
            String what) {
          DivisionRegistry registry = ctx.divisionRegistry().orElse(null);
          String expected = problem(code, level, what, registry);
          if (expected != null) {
            sink.violation(
                sink.location(
                    r.recordType().wireName(), r.key(), IdFields.path(list, index, field)),
                code.raw(),
                expected,
                Map.of(
                    "problem",
                    expected,
                    "threshold" + FindingSink.ZH,
                    Objects.requireNonNull(problemZh(code, level, registry)),
                    "problem" + FindingSink.ZH,
                    Objects.requireNonNull(problemZh(code, level, registry))));
          }
        }
      };

  /**
   * What a code should be, when it is not.
   *
   * @return the expectation for the message, or null when the code is fine
   */
  static @Nullable String problem(
      DivisionCode code,
      @Nullable DivisionLevel level,
      String what,
      @Nullable DivisionRegistry registry) {
    Optional<DivisionLevel> actual = code.level(); // empty exactly when the code is not valid
    if (actual.isEmpty()) {
      return (level == null
              ? "a"
              : "a " + level.name().toLowerCase(Locale.ROOT) + "-level (" + level.termZh() + ")")
          + " 12-digit statistical division code for a "
          + what
          + " ("
          + Problems.codes(code.problems())
          + ")";
    }
    if (level != null && actual.isPresent() && actual.get() != level) {
      return "a "
          + level.name().toLowerCase(Locale.ROOT)
          + "-level ("
          + level.termZh()
          + ") code for a "
          + what
          + ", not "
          + actual.get().name().toLowerCase(Locale.ROOT)
          + "-level ("
          + actual.get().termZh()
          + ")";
    }
    if (registry == null) {
      return null;
    }
    if (actual.isPresent()
        && actual.get() == DivisionLevel.VILLAGE
        && registry.size(DivisionLevel.VILLAGE) == 0) {
      Optional<DivisionCode> township = code.township();
      if (township.isPresent() && !registry.contains(township.get())) {
        return "a village of a township known to the division registry ("
            + registry.edition()
            + ")";
      }
      return null;
    }
    if (!registry.contains(code)) {
      return "a code known to the division registry (" + registry.edition() + ")";
    }
    return null;
  }

  /**
   * What a code should be, in Chinese, when it is not: the same cases as {@link #problem}, without
   * the English name of the object.
   *
   * @return the expectation for the Chinese message, or null when the code is fine
   */
  static @Nullable String problemZh(
      DivisionCode code, @Nullable DivisionLevel level, @Nullable DivisionRegistry registry) {
    Optional<DivisionLevel> actual = code.level();
    if (actual.isEmpty()) {
      return (level == null ? "" : level.termZh() + "级")
          + "12 位统计用区划代码（"
          + Problems.codes(code.problems())
          + "）";
    }
    if (level != null && actual.get() != level) {
      return level.termZh() + "级代码，而非" + actual.get().termZh() + "级代码";
    }
    if (registry == null) {
      return null;
    }
    if (actual.get() == DivisionLevel.VILLAGE && registry.size(DivisionLevel.VILLAGE) == 0) {
      Optional<DivisionCode> township = code.township();
      if (township.isPresent() && !registry.contains(township.get())) {
        return "所属乡镇在区划代码库（" + registry.edition() + "）中的村级代码";
      }
      return null;
    }
    if (!registry.contains(code)) {
      return "区划代码库（" + registry.edition() + "）中已有的代码";
    }
    return null;
  }
}
