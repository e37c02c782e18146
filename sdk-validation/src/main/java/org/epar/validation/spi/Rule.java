package org.epar.validation.spi;

/**
 * A rule implementation: a {@link RecordRule} or a {@link DatasetRule}.
 *
 * <p>Implementations are stateless (dataset state lives in the accumulator) and thread-safe: one
 * instance checks many records on many threads.
 *
 * @since 0.1.0
 */
public interface Rule {

  /**
   * The ID of the catalog rule this implements, such as {@code CORE-MONEY-01}. Several
   * implementations may share an ID, for instance one per record type.
   *
   * @return a rule ID of the validator's catalog
   */
  String ruleId();
}
