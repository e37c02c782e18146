package org.epar.validation.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A dataset rule made of {@link CountTarget}s, declared part by part: each part counts the records
 * of one type that pass its test, and is reported against its parameter in {@link #finish}. The
 * state is one counter per part, summed across chunks.
 *
 * <pre>{@code
 * DatasetRule<long[]> products =
 *     CountTargetRule.builder("DM-PROD-01")
 *         .count("brands_min", "brands", Brand.class)
 *         .count("county_brands_min", "brands", Brand.class, b -> b.kind() == BrandKind.COUNTY_PUBLIC)
 *         .count("products_min", "products", Product.class, Product::developed)
 *         .build();
 * }</pre>
 *
 * <p>A record counts for every part whose type and test it passes. The rule {@linkplain #accepts
 * accepts} exactly the classes of the parts' types. Immutable and thread-safe when the tests are.
 *
 * @since 0.1.0
 */
public final class CountTargetRule implements DatasetRule<long[]> {

  private final String ruleId;
  private final List<Part<?>> parts;

  private CountTargetRule(String ruleId, List<Part<?>> parts) {
    this.ruleId = ruleId;
    this.parts = List.copyOf(parts);
  }

  /**
   * Starts a rule.
   *
   * @param ruleId the catalog rule ID
   * @return a builder with no parts
   * @throws NullPointerException if {@code ruleId} is null
   */
  public static Builder builder(String ruleId) {
    return new Builder(Objects.requireNonNull(ruleId, "ruleId"));
  }

  /**
   * The rule ID given to {@link #builder}.
   *
   * @return the rule ID
   */
  @Override
  public String ruleId() {
    return ruleId;
  }

  /**
   * One counter per part, all zero.
   *
   * @param ctx the rule context
   * @return the counters
   */
  @Override
  public long[] newState(RuleContext ctx) {
    return new long[parts.size()];
  }

  /**
   * Counts the record for every part whose type and test it passes.
   *
   * @param counts the counters
   * @param record the record
   * @param index its input position
   * @param ctx the rule context
   */
  @Override
  public void accumulate(long[] counts, Object record, long index, RuleContext ctx) {
    for (int i = 0; i < counts.length; i++) {
      if (parts.get(i).counts(record, ctx)) {
        counts[i]++;
      }
    }
  }

  /**
   * Whether a record class is (a subclass of) the type of any part.
   *
   * @param type the class of a record
   * @return whether some part counts records of that class
   */
  @Override
  public boolean accepts(Class<?> type) {
    for (Part<?> p : parts) {
      if (p.type.isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the counters of the right part to the left.
   *
   * @param left the counters of the earlier part
   * @param right the counters of the later part
   * @return {@code left}
   */
  @Override
  public long[] combine(long[] left, long[] right) {
    for (int i = 0; i < left.length; i++) {
      left[i] += right[i];
    }
    return left;
  }

  /**
   * Reports every part with its counter, in the order the parts were declared.
   *
   * @param counts the counters
   * @param ctx the rule context
   * @param sink where findings go
   */
  @Override
  public void finish(long[] counts, RuleContext ctx, FindingSink sink) {
    for (int i = 0; i < counts.length; i++) {
      parts.get(i).target.report(counts[i], ctx, sink);
    }
  }

  /**
   * Names the rule and its parameters; no data.
   *
   * @return a description
   */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    parts.forEach(p -> names.add(p.target.parameter()));
    return "CountTargetRule[" + ruleId + ", " + names + "]";
  }

  private record Part<T>(
      CountTarget target, Class<T> type, BiPredicate<? super T, RuleContext> test) {

    boolean counts(Object record, RuleContext ctx) {
      return type.isInstance(record) && test.test(type.cast(record), ctx);
    }
  }

  /**
   * Declares the parts of a {@link CountTargetRule}, in the order they are reported. Not
   * thread-safe; {@link #build} may be called more than once.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private final String ruleId;
    private final List<Part<?>> parts = new ArrayList<>();

    private Builder(String ruleId) {
      this.ruleId = ruleId;
    }

    /**
     * A part that counts every record of a type, reported with {@link CountTarget#of}.
     *
     * @param parameter the count parameter, such as {@code brands_min}
     * @param path the JSON property of the dataset counted, such as {@code brands}
     * @param type the records counted
     * @return this builder
     */
    public Builder count(String parameter, String path, Class<?> type) {
      return count(CountTarget.of(parameter, path), type, r -> true);
    }

    /**
     * A part that counts the records of a type that pass a test, reported with {@link
     * CountTarget#of}.
     *
     * @param parameter the count parameter
     * @param path the JSON property of the dataset counted
     * @param type the records counted
     * @param test which of them count
     * @param <T> the record type
     * @return this builder
     */
    public <T> Builder count(
        String parameter, String path, Class<T> type, Predicate<? super T> test) {
      return count(CountTarget.of(parameter, path), type, test);
    }

    /**
     * A part with its own target (location) that counts the records of a type that pass a test.
     *
     * @param target the parameter and where the part is reported
     * @param type the records counted
     * @param test which of them count
     * @param <T> the record type
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public <T> Builder count(CountTarget target, Class<T> type, Predicate<? super T> test) {
      Objects.requireNonNull(test, "test");
      return count(target, type, (T r, RuleContext ctx) -> test.test(r));
    }

    /**
     * A part whose test also reads the rule's settings, such as the year of the deadline.
     *
     * @param target the parameter and where the part is reported
     * @param type the records counted
     * @param test which of them count, given the rule context
     * @param <T> the record type
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public <T> Builder count(
        CountTarget target, Class<T> type, BiPredicate<? super T, RuleContext> test) {
      parts.add(
          new Part<>(
              Objects.requireNonNull(target, "target"),
              Objects.requireNonNull(type, "type"),
              Objects.requireNonNull(test, "test")));
      return this;
    }

    /**
     * The rule.
     *
     * @return a rule with the parts declared so far
     * @throws IllegalStateException if no part was declared
     */
    public CountTargetRule build() {
      if (parts.isEmpty()) {
        throw new IllegalStateException("a CountTargetRule needs at least one count");
      }
      return new CountTargetRule(ruleId, parts);
    }
  }
}
