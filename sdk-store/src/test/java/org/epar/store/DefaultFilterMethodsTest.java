package org.epar.store;

import static org.epar.store.StoreFixtures.A;
import static org.epar.store.StoreFixtures.DAMING;
import static org.epar.store.StoreFixtures.daily;
import static org.epar.store.StoreFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.Timeliness;
import org.epar.grpc.ForwardingStore;
import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionFilter;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.SubmissionStore;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a platform's store that implements only the unfiltered methods: the SPI's
 * default filtered methods page through them and keep the matches.
 */
class DefaultFilterMethodsTest extends SubmissionStoreContract {

  /** Delegates the abstract methods only, so the filtered ones are the interface's defaults. */
  private static final class UnfilteredStore extends ForwardingStore {
    UnfilteredStore() {
      super(new InMemorySubmissionStore());
    }
  }

  @Override
  SubmissionStore open() {
    return new UnfilteredStore();
  }

  @Override
  boolean keepsRejectedReportsWhole() {
    return false; // the in-memory store underneath keeps a rejected report's header alone
  }

  @Test
  void defaults_walkPastTheirChunkOf64_andStopAtTheLimit() {
    // 200 rows, every third one late: the matches lie across four chunks of the unfiltered list
    List<String> late = new ArrayList<>();
    for (long n = 1; n <= 200; n++) {
      StoredSubmission s = daily(id(n), A, "r-" + n);
      if (n % 3 == 0) {
        s = with(s, ReportStatus.ACCEPTED, Timeliness.LATE);
        late.add(s.id());
      }
      store.putIfAbsent(s);
    }
    SubmissionFilter filter = SubmissionFilter.ANY.withTimeliness(Timeliness.LATE);
    assertEquals(late, ids(store.list(A, filter, null, 1000)));
    assertEquals(late.subList(0, 50), ids(store.list(A, filter, null, 50)));
    assertEquals(late.subList(22, 66), ids(store.list(A, filter, late.get(21), 44)));
    assertEquals(late, ids(store.listInDivision(DAMING, filter, null, 1000)));
    assertEquals(
        late.subList(1, 2),
        ids(store.listInDivision(DAMING, filter, new SubmissionKey(late.get(0), A.raw()), 1)));
  }
}
