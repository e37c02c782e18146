package org.epar.cli;

import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Report;
import org.epar.grpc.EparClient;
import org.epar.grpc.v1.Submission;

/** Sends a report of any kind with the matching client call. */
final class Submit {

  private Submit() {}

  static Submission send(EparClient client, Report report, String requestId) {
    if (report instanceof DailyReport d) {
      return client.submitDaily(d, requestId);
    } else if (report instanceof MonthlyReport m) {
      return client.submitMonthly(m, requestId);
    } else if (report instanceof QuarterlyReport q) {
      return client.submitQuarterly(q, requestId);
    } else {
      return client.submitAnnual((AnnualReport) report, requestId);
    }
  }
}
