package org.epar.core.model;

/**
 * A top-level record of the canonical model: one line of an NDJSON file, one element of a {@link
 * Dataset} list.
 *
 * <p>Every record has a {@link #key()} that identifies it inside a dataset (an id, a division code
 * or a composite key) and a {@link #recordType()} that names its kind on the wire.
 *
 * @since 0.1.0
 */
public sealed interface EparRecord
    permits County,
        Township,
        Village,
        Site,
        LogisticsRoute,
        Household,
        Personnel,
        Leader,
        TrainingSession,
        Attendance,
        FollowUp,
        OnlineShop,
        Transaction,
        Shipment,
        Product,
        Brand,
        Enterprise,
        Fund,
        FundPlan,
        Allocation,
        Tender,
        Disbursement,
        Expense,
        TracedItem,
        TraceEvent,
        Disclosure,
        Activity,
        Recognition,
        Milestone,
        PlanChange,
        AreaStatistics,
        DeviceDay,
        Report {

  /**
   * The key that identifies this record inside a dataset; empty when the input lacked it. Never
   * contains personal data in clear (a citizen ID in a composite key is masked).
   *
   * @return the key, never null
   */
  String key();

  /**
   * The kind of record.
   *
   * @return the record type
   */
  default RecordType recordType() {
    return RecordType.of(this);
  }
}
