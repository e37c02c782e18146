package org.epar.grpc.spi;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a submission sits in the order of {@link SubmissionStore#listInDivision}: by id, then by
 * contractor (ids are unique per contractor only), both in Java's {@link String} order.
 *
 * @param id the submission id
 * @param contractor the contractor's credit code as stored ({@code CreditCode.raw()})
 * @since 0.2.0
 */
public record SubmissionKey(String id, String contractor) implements Comparable<SubmissionKey> {

  private static final Comparator<SubmissionKey> ORDER =
      Comparator.comparing(SubmissionKey::id).thenComparing(SubmissionKey::contractor);

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if an argument is null
   */
  public SubmissionKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contractor, "contractor");
  }

  /**
   * The key of a stored submission.
   *
   * @param s the submission
   * @return its key
   */
  public static SubmissionKey of(StoredSubmission s) {
    return new SubmissionKey(s.id(), s.contractor().raw());
  }

  @Override
  public int compareTo(SubmissionKey o) {
    return ORDER.compare(this, o);
  }
}
