package org.epar.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A county's status in one demonstration programme (HN-DEMO-01, HN-FUND-01, GD-DEMO-01,
 * GD-BRAND-01, HLJ-DEMO-01).
 *
 * <p>Immutable. A county lists one status per programme it takes part in; a programme it does not
 * list is unknown, not "no".
 *
 * @param programme the programme; may be null
 * @param level its level in that programme ({@code NONE} when it is known not to be one); may be
 *     null
 * @param year the year it was designated; may be null
 * @since 0.1.0
 */
public record DemonstrationStatus(
    @Nullable DemonstrationProgramme programme,
    @Nullable DemonstrationLevel level,
    @Nullable Integer year) {}
