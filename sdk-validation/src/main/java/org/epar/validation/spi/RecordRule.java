package org.epar.validation.spi;

/**
 * A rule that checks one record alone.
 *
 * <p>The engine calls {@link #check} for every input record that is an instance of {@link #type()}.
 * A rule must not throw on bad data; if it throws anyway, the engine turns that into an ERROR
 * finding for this rule and record and goes on.
 *
 * <pre>{@code
 * final class StationArea implements RecordRule<VillageStation> {
 *   public String ruleId() { return "DM-SITE-09"; }
 *   public Class<VillageStation> type() { return VillageStation.class; }
 *   public void check(VillageStation s, RuleContext ctx, FindingSink sink) {
 *     BigDecimal min = ctx.settings().decimal("small_village_area_min");
 *     if (s.floorArea().compareTo(min) < 0) {
 *       sink.violation(sink.location("VillageStation", s.id().toString(), "floor_area"),
 *           s.floorArea().toPlainString(), min.toPlainString());
 *     }
 *   }
 * }
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
   * @param sink where findings go; {@link FindingSink#location} fills in the record's input index
   */
  void check(T record, RuleContext ctx, FindingSink sink);
}
