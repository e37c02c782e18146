package org.epar.validation.spi;

import java.util.Objects;
import org.epar.core.model.Report;

/**
 * The report a record travelled in, and where: for a transaction of a daily report, the daily
 * report (its carried records left out) and {@code transactions}, position 3.
 *
 * <p>The engine reads every report as the report itself (header, progress, statistics, summaries,
 * indicators; its record lists left out) followed by each record it carries, each as an ordinary
 * record of the dataset: <em>one dataset, one reading</em>. A rule checking a carried record finds
 * its carrier with {@link FindingSink#carrier()}, e.g. to compare a date with the report's
 * submission; its findings name the carrier in {@link org.epar.validation.Location#carrier()}.
 *
 * @param report the carrying report, with its record lists empty; never personal data in its key
 * @param list the JSON name of the list holding the record, such as {@code transactions}
 * @param position the zero-based position of the record in that list
 * @since 0.2.0
 */
public record Carrier(Report report, String list, int position) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if the report or list is null
   * @throws IllegalArgumentException if the position is negative
   */
  public Carrier {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(list, "list");
    if (position < 0) {
      throw new IllegalArgumentException("position must be 0 or more: " + position);
    }
  }

  /**
   * The carrier as a location names it: {@code daily_report/KEY/transactions[3]}.
   *
   * @return the label
   */
  public String label() {
    return reportLabel(report) + "/" + list + "[" + position + "]";
  }

  /**
   * A report as a location names it when the record's place in it is not known: {@code
   * daily_report/KEY}.
   *
   * @param report the report
   * @return the label
   */
  public static String reportLabel(Report report) {
    return report.recordType().wireName() + "/" + report.key();
  }
}
