package org.epar.grpc.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * Where a platform keeps submissions: its database. The server kit calls it only with whole,
 * validated submissions; every method but {@link #listInDivision} is scoped to one contractor, so
 * one contractor can never read another's data; {@link #listInDivision} serves the read-only county
 * and province roles and the assessment.
 *
 * <p>Implementations must be thread-safe; {@link #putIfAbsent} must be atomic per contractor and
 * request id (a unique key on both in a database).
 *
 * @since 0.1.0
 */
public interface SubmissionStore {

  /**
   * Stores the submission unless the contractor already has one with the same request id.
   *
   * @param submission the submission, stored whole or not at all
   * @return {@code submission} if stored, else the one already stored under its request id
   * @throws StoreFullException if the store cannot take it (nothing stored)
   */
  StoredSubmission putIfAbsent(StoredSubmission submission);

  /**
   * The contractor's submission with this request id.
   *
   * @param contractor the contractor
   * @param requestId the request id
   * @return the submission, if any
   */
  Optional<StoredSubmission> findByRequestId(CreditCode contractor, String requestId);

  /**
   * The contractor's submission with this id.
   *
   * @param contractor the contractor
   * @param id the submission id
   * @return the submission, or empty if there is none or it belongs to another contractor
   */
  Optional<StoredSubmission> get(CreditCode contractor, String id);

  /**
   * A page of the contractor's submissions in ascending id order.
   *
   * @param contractor the contractor
   * @param afterId return only ids greater than this; null for the first page
   * @param limit at most this many, at least 1
   * @return the submissions
   */
  List<StoredSubmission> list(CreditCode contractor, @Nullable String afterId, int limit);

  /**
   * A page of the submissions, of every contractor, whose report scope lies in a division (the
   * division itself or below it), in ascending {@link SubmissionKey} order (id, then contractor). A
   * submission whose report has no valid scope is in no division.
   *
   * @param division a valid division code, e.g. the county {@code 130425} or the province {@code
   *     130000}; an invalid code matches nothing
   * @param after return only keys greater than this; null for the first page
   * @param limit at most this many, at least 1
   * @return the submissions
   * @throws IllegalArgumentException if {@code limit} is less than 1
   * @since 0.2.0
   */
  List<StoredSubmission> listInDivision(
      DivisionCode division, @Nullable SubmissionKey after, int limit);

  /**
   * A page of the contractor's submissions that match a filter, in ascending id order. Paging is by
   * key, so a page never repeats or skips a matching submission because others arrived meanwhile.
   *
   * <p>The default pages through {@link #list(CreditCode, String, int)} and keeps the matches; a
   * store with an index overrides it with a query.
   *
   * @param contractor the contractor
   * @param filter which submissions; {@link SubmissionFilter#ANY} for all
   * @param afterId return only ids greater than this; null for the first page
   * @param limit at most this many, at least 1
   * @return the matching submissions
   * @throws IllegalArgumentException if {@code limit} is less than 1
   * @since 0.2.0
   */
  default List<StoredSubmission> list(
      CreditCode contractor, SubmissionFilter filter, @Nullable String afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    List<StoredSubmission> out = new ArrayList<>();
    String after = afterId;
    int chunk = Math.max(limit, 64);
    while (true) {
      List<StoredSubmission> page = list(contractor, after, chunk);
      for (StoredSubmission s : page) {
        if (filter.matches(s)) {
          out.add(s);
          if (out.size() == limit) {
            return out;
          }
        }
      }
      if (page.size() < chunk) {
        return out;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  /**
   * A page of the submissions in a division that match a filter, in ascending {@link SubmissionKey}
   * order; see {@link #listInDivision(DivisionCode, SubmissionKey, int)}.
   *
   * <p>The default pages through that method and keeps the matches; a store with an index overrides
   * it with a query.
   *
   * @param division a valid division code; an invalid code matches nothing
   * @param filter which submissions; {@link SubmissionFilter#ANY} for all
   * @param after return only keys greater than this; null for the first page
   * @param limit at most this many, at least 1
   * @return the matching submissions
   * @throws IllegalArgumentException if {@code limit} is less than 1
   * @since 0.2.0
   */
  default List<StoredSubmission> listInDivision(
      DivisionCode division, SubmissionFilter filter, @Nullable SubmissionKey after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    List<StoredSubmission> out = new ArrayList<>();
    SubmissionKey from = after;
    int chunk = Math.max(limit, 64);
    while (true) {
      List<StoredSubmission> page = listInDivision(division, from, chunk);
      for (StoredSubmission s : page) {
        if (filter.matches(s)) {
          out.add(s);
          if (out.size() == limit) {
            return out;
          }
        }
      }
      if (page.size() < chunk) {
        return out;
      }
      from = SubmissionKey.of(page.get(page.size() - 1));
    }
  }
}
