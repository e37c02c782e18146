package org.epar.core.period;

import java.util.regex.Pattern;

/** The grammar of {@link ReportingPeriod} ids, kept out of the public interface. */
final class PeriodIds {

  /** Groups: 1 year; 2-3 month and day; 4 week; 5 month; 6 quarter. */
  static final Pattern PATTERN =
      Pattern.compile("([0-9]{4})(?:([0-9]{2})([0-9]{2})|W([0-9]{2})|([0-9]{2})|Q([0-9]))?");

  private PeriodIds() {}
}
