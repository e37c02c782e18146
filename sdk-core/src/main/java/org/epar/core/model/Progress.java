package org.epar.core.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Construction and fund disbursement progress as shares between 0 and 1 (DM-VETO-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param construction share of construction completed; may be null
 * @param disbursement share of the fund disbursed; may be null
 * @since 0.1.0
 */
public record Progress(@Nullable BigDecimal construction, @Nullable BigDecimal disbursement) {}
