package org.epar.validation.spi;

import java.util.function.Predicate;

/**
 * A rule that checks one record alone.
 *
 * <p>The engine calls {@link #check} for every input record that is an instance of {@link #type()}.
 * A rule must not throw on bad data; if it throws anyway, the engine turns that into an ERROR
 * finding for this rule and record and goes on.
 *
 * <p>Most rules need no class of their own: {@link #of(String, Class, Check)} makes one from its
 * ID, its record type and a lambda.
 *
 * <pre>{@code
 * RecordRule<VillageStation> area =
 *     RecordRule.of("DM-SITE-09", VillageStation.class, (s, ctx, sink) -> {
 *       BigDecimal min = ctx.settings().decimal("small_village_area_min");
 *       if (s.floorArea().compareTo(min) < 0) {
 *         sink.violation(sink.location("VillageStation", s.id().toString(), "floor_area"),
 *             s.floorArea().toPlainString(), min.toPlainString());
 *       }
 *     });
 * }</pre>
 *
 * @param <T> the record type checked
 * @since 0.1.0
 */
public interface RecordRule<T> extends Rule {

  /**
   * The type of record this rule checks; records of other types are not passed to it.
   *
   * @return the record class (may be an interface or a sealed supertype)
   */
  Class<T> type();

  /**
   * Whether {@link #check} may report anything on records of a class that {@link #type()} admits.
   * The engine asks once per record class and then does not call {@code check} for the classes a
   * rule declines: a rule about dates need not be called for the million households of a county,
   * which have none. The default accepts every class of {@link #type()}; decline only classes on
   * which {@code check} can never report.
   *
   * @param type the class of a record, a subtype of {@link #type()}
   * @return {@code false} only when {@code check} never reports on records of that class
   * @since 0.1.0
   */
  default boolean accepts(Class<?> type) {
    return true;
  }

  /**
   * Checks one record.
   *
   * @param record the record
   * @param ctx the rule's settings and the validation context
   * @param sink where findings go; {@link FindingSink#location} fills in the record's input index.
   *     Valid during this call only: the engine {@linkplain FindingSink#moveTo moves} one sink per
   *     rule from record to record, so a rule must not keep it
   */
  void check(T record, RuleContext ctx, FindingSink sink);

  /**
   * The check of a {@link RecordRule} made with {@link RecordRule#of}: the body of {@link
   * RecordRule#check}.
   *
   * @param <T> the record type checked
   * @since 0.1.0
   */
  @FunctionalInterface
  interface Check<T> {

    /**
     * Checks one record; see {@link RecordRule#check}.
     *
     * @param record the record
     * @param ctx the rule's settings and the validation context
     * @param sink where findings go
     */
    void check(T record, RuleContext ctx, FindingSink sink);
  }

  /**
   * A rule from its parts, accepting every class of {@code type}. The rule is immutable and
   * thread-safe when {@code check} is; its {@code toString} names the ID and the type.
   *
   * @param ruleId the catalog rule ID, such as {@code DM-SITE-09}
   * @param type the record type checked
   * @param check the check
   * @param <T> the record type checked
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  static <T> RecordRule<T> of(String ruleId, Class<T> type, Check<? super T> check) {
    return new SimpleRecordRule<>(ruleId, type, c -> true, check);
  }

  /**
   * A rule from its parts that declines the record classes {@code accepts} rejects (see {@link
   * #accepts(Class)}: decline only classes on which {@code check} never reports).
   *
   * <pre>{@code
   * RecordRule<EparRecord> dated =
   *     RecordRule.of("XX-DATE-01", EparRecord.class, c -> c == Contract.class, (r, ctx, sink) -> ...);
   * }</pre>
   *
   * @param ruleId the catalog rule ID
   * @param type the record type checked
   * @param accepts which subclasses of {@code type} {@code check} may report on
   * @param check the check
   * @param <T> the record type checked
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  static <T> RecordRule<T> of(
      String ruleId, Class<T> type, Predicate<Class<?>> accepts, Check<? super T> check) {
    return new SimpleRecordRule<>(ruleId, type, accepts, check);
  }
}
