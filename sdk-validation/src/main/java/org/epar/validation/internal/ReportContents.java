package org.epar.validation.internal;

import java.util.List;
import org.epar.core.model.DailyReport;
import org.epar.core.model.EparRecord;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.Report;

/**
 * How EPAR reads a report: the report itself with its record lists left out (the shell), and the
 * records it carries, list by list. The only place that knows which parts of a report are records
 * of the dataset; the engine and the server both read reports through it.
 *
 * <p>A daily report carries transactions, shipments and device days; a monthly report
 * disbursements, training sessions, attendances and sites. Quarterly and annual reports carry no
 * records (an annual report's indicators are values of the report).
 */
public final class ReportContents {

  private ReportContents() {}

  /** Receives the records a report carries. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * One carried record.
     *
     * @param list the JSON name of its list, such as {@code transactions}
     * @param position its zero-based position in the list
     * @param record the record
     */
    void carried(String list, int position, EparRecord record);
  }

  /**
   * Whether a report carries any record.
   *
   * @param report the report
   * @return {@code true} when a list of records is not empty
   */
  public static boolean carriesRecords(Report report) {
    if (report instanceof DailyReport d) {
      return !d.transactions().isEmpty() || !d.shipments().isEmpty() || !d.deviceDays().isEmpty();
    }
    if (report instanceof MonthlyReport m) {
      return !m.disbursements().isEmpty()
          || !m.trainingSessions().isEmpty()
          || !m.attendances().isEmpty()
          || !m.sites().isEmpty();
    }
    return false;
  }

  /**
   * The report with its record lists empty; the report itself when it carries none.
   *
   * @param report the report
   * @return the shell
   */
  public static Report shell(Report report) {
    if (!carriesRecords(report)) {
      return report;
    }
    if (report instanceof DailyReport d) {
      return new DailyReport(d.header(), List.of(), List.of(), List.of());
    }
    MonthlyReport m = (MonthlyReport) report;
    return new MonthlyReport(
        m.header(), m.progress(), m.statistics(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Visits every record a report carries, in the order of the report's lists.
   *
   * @param report the report
   * @param visitor receives each record
   */
  public static void forEachCarried(Report report, Visitor visitor) {
    if (report instanceof DailyReport d) {
      each("transactions", d.transactions(), visitor);
      each("shipments", d.shipments(), visitor);
      each("device_days", d.deviceDays(), visitor);
    } else if (report instanceof MonthlyReport m) {
      each("disbursements", m.disbursements(), visitor);
      each("training_sessions", m.trainingSessions(), visitor);
      each("attendances", m.attendances(), visitor);
      each("sites", m.sites(), visitor);
    }
  }

  private static void each(String list, List<? extends EparRecord> records, Visitor visitor) {
    for (int i = 0; i < records.size(); i++) {
      visitor.carried(list, i, records.get(i));
    }
  }
}
