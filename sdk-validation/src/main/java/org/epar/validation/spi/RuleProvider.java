package org.epar.validation.spi;

import java.util.List;

/**
 * A source of rule implementations, discovered with {@link java.util.ServiceLoader}.
 *
 * <p>List the implementation class in {@code
 * META-INF/services/org.epar.validation.spi.RuleProvider}. A county or vendor adds rules by
 * shipping a jar with its own provider; rules whose ID the profile does not include are not run.
 *
 * @since 0.1.0
 */
public interface RuleProvider {

  /**
   * The rules this provider contributes.
   *
   * @return the rules; each must be a {@link RecordRule} or a {@link DatasetRule}
   */
  List<Rule> rules();
}
