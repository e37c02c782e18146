package org.epar.core.model;

import java.time.OffsetDateTime;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.jspecify.annotations.Nullable;

/**
 * A traceability event in the EPCIS manner: what, when, where, who, why (CORE-TRACE-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param id the event's id; may be null
 * @param code what: the trace code; may be null
 * @param time when; may be null
 * @param whereDivision where: a division code; may be null
 * @param whereSite where: a site id; may be null
 * @param whoEnterprise who: an enterprise; may be null
 * @param whoHousehold who: a household id; may be null
 * @param step why: the business step; may be null
 * @since 0.1.0
 */
public record TraceEvent(
    @Nullable String id,
    @Nullable TraceCode code,
    @Nullable OffsetDateTime time,
    @Nullable DivisionCode whereDivision,
    @Nullable String whereSite,
    @Nullable CreditCode whoEnterprise,
    @Nullable String whoHousehold,
    @Nullable TraceStep step) implements EparRecord {

  @Override
  public String key() {
    return id == null ? "" : id;
  }
}
