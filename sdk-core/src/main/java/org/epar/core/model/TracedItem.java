package org.epar.core.model;

import java.time.LocalDate;
import org.epar.core.id.CreditCode;
import org.epar.core.id.TraceCode;
import org.jspecify.annotations.Nullable;

/**
 * A traceability code issued for a product (GD-TRACE-01, CQ-TRACE-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param code the code; may be null
 * @param product id of the product; may be null
 * @param producer the producing enterprise; may be null
 * @param household id of the producing household (one household one product one code); may be null
 * @param issuedOn when it was issued; may be null
 * @since 0.1.0
 */
public record TracedItem(
    @Nullable TraceCode code,
    @Nullable String product,
    @Nullable CreditCode producer,
    @Nullable String household,
    @Nullable LocalDate issuedOn)
    implements EparRecord {

  @Override
  public String key() {
    return code == null ? "" : code.raw();
  }
}
