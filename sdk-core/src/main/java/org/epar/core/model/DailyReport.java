package org.epar.core.model;

import java.util.List;
import org.epar.core.internal.Copies;
import org.jspecify.annotations.Nullable;

/**
 * An automated daily report (日报, DM-RPT-01): the day's transactions, shipments and device status.
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param header the header; may be null
 * @param transactions the day's transactions
 * @param shipments the day's shipments
 * @param deviceDays device online status of the day
 * @since 0.1.0
 */
public record DailyReport(
    @Nullable ReportHeader header,
    List<Transaction> transactions,
    List<Shipment> shipments,
    List<DeviceDay> deviceDays)
    implements Report {

  /** Copies collections; a null collection becomes empty. */
  public DailyReport {
    transactions = Copies.list(transactions);
    shipments = Copies.list(shipments);
    deviceDays = Copies.list(deviceDays);
  }

  @Override
  public String key() {
    return header == null || header.idempotencyKey() == null ? "" : header.idempotencyKey();
  }
}
