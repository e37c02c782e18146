/**
 * Reporting periods (day, ISO week, month, quarter, year), report types with their default
 * deadlines, and the Chinese statutory working-day calendar with make-up working days (调休上班).
 *
 * <p>No programme document sets submission deadlines: {@link org.epar.core.period.DeadlinePolicy}
 * holds the SDK's configurable defaults. Working-day arithmetic (e.g. DM-FUND-04, "published for ≥
 * 10 working days") uses {@link org.epar.core.period.WorkingDayCalendar}, which refuses to guess
 * for a year it has no data for.
 */
@NullMarked
package org.epar.core.period;

import org.jspecify.annotations.NullMarked;
