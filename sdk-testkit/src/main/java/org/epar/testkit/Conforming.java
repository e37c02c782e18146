package org.epar.testkit;

import java.time.LocalDate;
import org.epar.core.model.Dataset;

/** Small counties that satisfy the provincial profiles; see {@link Counties#conforming(String, long)}. */
final class Conforming {

  private Conforming() {}

  static LocalDate asOf(String profileId) {
    throw new IllegalArgumentException("no conforming county for profile " + profileId);
  }

  static Dataset county(String profileId, long seed) {
    throw new IllegalArgumentException("no conforming county for profile " + profileId);
  }
}
