package org.epar.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether one data-manager device was online on one day (DM-OPS-01).
 *
 * <p>Immutable; collections are copied and never null (a missing one is empty).
 *
 * @param device the device's id; may be null
 * @param site id of the station it is in; may be null
 * @param date the day; may be null
 * @param online whether it was online
 * @since 0.1.0
 */
public record DeviceDay(
    @Nullable String device, @Nullable String site, @Nullable LocalDate date, boolean online)
    implements EparRecord {

  @Override
  public String key() {
    return (device == null ? "" : device) + "/" + date;
  }
}
