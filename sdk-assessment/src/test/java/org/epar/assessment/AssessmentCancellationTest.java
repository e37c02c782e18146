package org.epar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Context;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.epar.core.id.DivisionCode;
import org.epar.grpc.ForwardingStore;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.SubmissionStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The county assessment is data-bound: it reads the county's stored reports page by page and stops
 * reading as soon as the gRPC call's context is cancelled (or past its deadline). Structural: it
 * counts page reads, it never measures time.
 */
class AssessmentCancellationTest {

  /** Counts page reads; cancels {@code context} when the {@code cancelAt}-th page is read. */
  static final class CountingStore extends ForwardingStore {
    final AtomicInteger pages = new AtomicInteger();
    final Context.@Nullable CancellableContext context;
    final int cancelAt;

    CountingStore(Context.@Nullable CancellableContext context, int cancelAt) {
      super(new InMemorySubmissionStore());
      this.context = context;
      this.cancelAt = cancelAt;
    }

    @Override
    public List<StoredSubmission> listInDivision(
        DivisionCode division, @Nullable SubmissionKey after, int limit) {
      if (pages.incrementAndGet() == cancelAt && context != null) {
        context.cancel(null);
      }
      return inner.listInDivision(division, after, limit);
    }
  }

  private static CountyAssessor assessor(SubmissionStore store) {
    return CountyAssessorTest.assessor(store, 1); // one submission per page
  }

  @Test
  void notCancelled_readsEveryPage() {
    CountingStore store = new CountingStore(null, 0);
    List<StoredSubmission> all = CountyAssessorTest.history();
    all.forEach(store::putIfAbsent);
    Assessment a = assessor(store).assess(CountyAssessorTest.DAMING, CountyAssessorTest.AS_OF);
    assertEquals(all.size(), a.submissionsRead());
    assertEquals(all.size() + 1, store.pages.get(), "pages of one, then the empty page");
  }

  @Test
  void cancelledWhileReading_stopsAtTheNextSubmission_noFurtherPage() throws Exception {
    int total = CountyAssessorTest.history().size();
    for (int cancelAt : new int[] {1, 2, total}) {
      Context.CancellableContext call = Context.current().withCancellation();
      CountingStore store = new CountingStore(call, cancelAt);
      CountyAssessorTest.history().forEach(store::putIfAbsent);
      CountyAssessor assessor = assessor(store);
      assertThrows(
          CancellationException.class,
          () ->
              call.call(() -> assessor.assess(CountyAssessorTest.DAMING, CountyAssessorTest.AS_OF)),
          "cancelled at page " + cancelAt);
      assertEquals(cancelAt, store.pages.get(), "no page read after the cancellation");
    }
  }

  @Test
  void alreadyCancelled_readsNothing() throws Exception {
    Context.CancellableContext call = Context.current().withCancellation();
    call.cancel(null);
    CountingStore store = new CountingStore(null, 0);
    CountyAssessorTest.history().forEach(store::putIfAbsent);
    CountyAssessor assessor = assessor(store);
    assertThrows(
        CancellationException.class,
        () ->
            call.call(() -> assessor.assess(CountyAssessorTest.DAMING, CountyAssessorTest.AS_OF)));
    assertEquals(0, store.pages.get());
  }
}
