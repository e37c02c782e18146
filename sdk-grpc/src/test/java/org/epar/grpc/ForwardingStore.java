package org.epar.grpc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.SubmissionStore;
import org.jspecify.annotations.Nullable;

/**
 * A store that forwards the abstract methods of {@link SubmissionStore} to another (the interface's
 * default methods stay the defaults): tests and benchmarks extend it and override what they watch
 * or change, such as {@link #listInDivision}.
 */
public abstract class ForwardingStore implements SubmissionStore {

  /** The store forwarded to. */
  protected final SubmissionStore inner;

  /**
   * Forwards to a store.
   *
   * @param inner the store
   */
  protected ForwardingStore(SubmissionStore inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
  }

  /**
   * The store forwarded to.
   *
   * @return the store
   */
  public SubmissionStore inner() {
    return inner;
  }

  @Override
  public StoredSubmission putIfAbsent(StoredSubmission submission) {
    return inner.putIfAbsent(submission);
  }

  @Override
  public Optional<StoredSubmission> findByRequestId(CreditCode contractor, String requestId) {
    return inner.findByRequestId(contractor, requestId);
  }

  @Override
  public Optional<StoredSubmission> get(CreditCode contractor, String id) {
    return inner.get(contractor, id);
  }

  @Override
  public List<StoredSubmission> list(CreditCode contractor, @Nullable String afterId, int limit) {
    return inner.list(contractor, afterId, limit);
  }

  @Override
  public List<StoredSubmission> listInDivision(
      DivisionCode division, @Nullable SubmissionKey after, int limit) {
    return inner.listInDivision(division, after, limit);
  }
}
