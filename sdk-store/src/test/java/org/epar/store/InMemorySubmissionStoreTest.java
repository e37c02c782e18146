package org.epar.store;

import org.epar.grpc.InMemorySubmissionStore;
import org.epar.grpc.spi.SubmissionStore;

/** The store contract on the in-memory store the server kit uses by default. */
class InMemorySubmissionStoreTest extends SubmissionStoreContract {

  @Override
  SubmissionStore open() {
    return new InMemorySubmissionStore();
  }

  @Override
  boolean keepsRejectedReportsWhole() {
    return false;
  }
}
