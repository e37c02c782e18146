package org.epar.validation.spi;

import java.util.Objects;
import java.util.function.Predicate;

/** The {@link RecordRule} of {@link RecordRule#of}: an ID, a type, a filter and a check. */
final class SimpleRecordRule<T> implements RecordRule<T> {

  private final String ruleId;
  private final Class<T> type;
  private final Predicate<Class<?>> accepts;
  private final RecordRule.Check<? super T> check;

  SimpleRecordRule(
      String ruleId,
      Class<T> type,
      Predicate<Class<?>> accepts,
      RecordRule.Check<? super T> check) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.type = Objects.requireNonNull(type, "type");
    this.accepts = Objects.requireNonNull(accepts, "accepts");
    this.check = Objects.requireNonNull(check, "check");
  }

  @Override
  public String ruleId() {
    return ruleId;
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public boolean accepts(Class<?> type) {
    return accepts.test(type);
  }

  @Override
  public void check(T record, RuleContext ctx, FindingSink sink) {
    check.check(record, ctx, sink);
  }

  @Override
  public String toString() {
    return "RecordRule[" + ruleId + ", " + type.getSimpleName() + "]";
  }
}
