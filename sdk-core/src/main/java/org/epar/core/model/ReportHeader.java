package org.epar.core.model;

import java.time.OffsetDateTime;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Who reports what, for which place and period, under which idempotency key.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param reporter the reporting contractor or bureau; may be null
 * @param scope the division the report covers; may be null
 * @param type daily, monthly, quarterly or annual; may be null
 * @param period the period covered; may be null
 * @param idempotencyKey a key the reporter chooses; a resend with the same key is the same report; may be null
 * @param submittedAt when it was submitted; set by the platform on receipt if absent; may be null
 * @since 0.1.0
 */
public record ReportHeader(
    @Nullable CreditCode reporter,
    @Nullable DivisionCode scope,
    @Nullable ReportType type,
    @Nullable ReportingPeriod period,
    @Nullable String idempotencyKey,
    @Nullable OffsetDateTime submittedAt) {
}
