package org.epar.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock the demo sets before each submission, so timeliness follows the story, not today. */
final class DemoClock extends Clock {

  private final ZoneId zone;
  private volatile Instant now;

  DemoClock(ZonedDateTime start) {
    this.zone = start.getZone();
    this.now = start.toInstant();
  }

  void set(ZonedDateTime time) {
    this.now = time.toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    DemoClock c = new DemoClock(now.atZone(z));
    return c;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
